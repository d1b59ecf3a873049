-- Issue 18, class 4 on SQL Server (Babelfish): views are modelled read-only with the
-- nullability sys.columns derives and the query after CREATE VIEW … AS kept for
-- `gen ddl --dialect mssql`; a table without a primary key (with money) sits beside them.
CREATE TABLE dbo.Product (
  ProductID int IDENTITY(1,1) NOT NULL,
  Name nvarchar(100) NOT NULL,
  Price money NOT NULL,
  Discontinued bit NOT NULL CONSTRAINT DF_Product_Discontinued DEFAULT 0,
  AddedAt datetimeoffset(7) NOT NULL,
  CONSTRAINT PK_Product PRIMARY KEY (ProductID)
);
GO
CREATE TABLE dbo.StockMove (
  ProductID int NOT NULL,
  Quantity int NOT NULL,
  Cost money NULL,
  MovedAt datetime2(7) NOT NULL,
  CONSTRAINT FK_StockMove_Product FOREIGN KEY (ProductID) REFERENCES dbo.Product (ProductID)
);
GO
CREATE VIEW dbo.ActiveProduct AS
  SELECT ProductID, Name, Price, AddedAt FROM dbo.Product WHERE Discontinued = 0;
GO
CREATE VIEW dbo.Stock AS
  SELECT ProductID, CAST(SUM(Quantity) AS bigint) AS OnHand, MAX(MovedAt) AS LastMove
  FROM dbo.StockMove GROUP BY ProductID;
GO
