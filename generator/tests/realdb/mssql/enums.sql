-- Issue 18, class 3 on SQL Server (Babelfish): check enums. SQL Server has no enum types; a
-- text column with a value-list check comes back as an OR chain, which introspection reads
-- as the check's labels and marks `enum: true`; the same labels on a second table give a
-- second enum. (Babelfish 4.2.0 cannot read back a check written with N'…' literals on an
-- nvarchar column: sys.check_constraints fails with "unrecognized node type: 27"; plain
-- literals here.)
CREATE TABLE dbo.Shipment (
  ShipmentID int IDENTITY(1,1) NOT NULL,
  Channel varchar(10) NOT NULL,
  Carrier nvarchar(20) NULL,
  CONSTRAINT PK_Shipment PRIMARY KEY (ShipmentID),
  CONSTRAINT CK_Shipment_Channel CHECK (Channel IN ('web', 'phone', 'in store')),
  CONSTRAINT CK_Shipment_Carrier CHECK (Carrier IN ('post', 'courier'))
);
GO
CREATE TABLE dbo.Refund (
  RefundID int IDENTITY(1,1) NOT NULL,
  Channel varchar(10) NOT NULL,
  CONSTRAINT PK_Refund PRIMARY KEY (RefundID),
  CONSTRAINT CK_Refund_Channel CHECK (Channel IN ('web', 'phone', 'in store'))
);
GO
