-- Issue 18, what gen reports instead of silently changing: a GiST index, an exclusion
-- constraint, a partitioned table and its partitions, a trigger, and a foreign key into a
-- table the schema file's filter excludes (the test's schema.yaml excludes "audit.*").
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA "audit";
CREATE TABLE "audit"."Actor" (
  "ActorID" integer NOT NULL,
  CONSTRAINT "PK_Actor" PRIMARY KEY ("ActorID")
);
CREATE TABLE "Booking" (
  "BookingID" integer NOT NULL,
  "RoomID" integer NOT NULL,
  "Slot" integer NOT NULL,
  "ActorID" integer,
  CONSTRAINT "PK_Booking" PRIMARY KEY ("BookingID"),
  CONSTRAINT "FK_Booking_Actor" FOREIGN KEY ("ActorID") REFERENCES "audit"."Actor" ("ActorID"),
  CONSTRAINT "EX_Booking_Room" EXCLUDE USING gist ("RoomID" WITH =, "Slot" WITH =)
);
CREATE INDEX "IX_Booking_RoomID" ON "Booking" USING gist ("RoomID");
CREATE TABLE "Measurement" (
  "MeasurementID" bigint NOT NULL,
  "TakenOn" date NOT NULL,
  "Value" real,
  CONSTRAINT "PK_Measurement" PRIMARY KEY ("MeasurementID", "TakenOn")
) PARTITION BY RANGE ("TakenOn");
CREATE TABLE "Measurement2026" PARTITION OF "Measurement"
  FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER "TR_Booking_Touch" BEFORE UPDATE ON "Booking" FOR EACH ROW EXECUTE FUNCTION touch();
