-- Issue 18, class 3 on SQL Server (Babelfish): alias types over supported types keep their
-- name (gen ddl writes CREATE TYPE … FROM, gen diff compares it) and take their base type's
-- Rust type.
CREATE TYPE dbo.Email FROM nvarchar(254);
GO
CREATE TYPE dbo.Amount FROM decimal(19,4);
GO
CREATE TABLE dbo.Contact (
  ContactID int IDENTITY(1,1) NOT NULL,
  Email dbo.Email NOT NULL,
  Spare dbo.Email NULL,
  Balance dbo.Amount NOT NULL,
  CONSTRAINT PK_Contact PRIMARY KEY (ContactID)
);
GO
