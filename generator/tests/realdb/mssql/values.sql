-- Issue 18, class 1 on SQL Server (Babelfish): money and smallmoney must stay exact to their
-- limits; datetime2(7) keeps .1234567 s; datetimeoffset keeps +09:30.
CREATE TABLE dbo.Price (
  PriceID int IDENTITY(1,1) NOT NULL,
  Amount money NOT NULL,
  Fee smallmoney NULL,
  At datetime2(7) NOT NULL,
  Seen datetimeoffset(7) NULL,
  CONSTRAINT PK_Price PRIMARY KEY (PriceID)
);
GO
CREATE TABLE dbo.PriceLog (
  At datetime2(7) NOT NULL,
  Amount money NOT NULL
);
GO
