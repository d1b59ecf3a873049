-- Issue 18, class 3: PostgreSQL arrays of supported types, each a `Vec<Option<T>>` (the
-- catalog cannot say that elements are not NULL): NOT NULL and nullable arrays, text of a
-- length, numeric at money's limits, offsets, booleans. SQL Server has none: `gen ddl
-- --dialect mssql` refuses them.
CREATE TABLE "Survey" (
  "SurveyID" integer NOT NULL,
  "Scores" integer[] NOT NULL,
  "Big" bigint[],
  "Tags" text[],
  "Codes" varchar(5)[],
  "Amounts" numeric(19,4)[],
  "Seen" timestamptz[],
  "Flags" boolean[],
  CONSTRAINT "PK_Survey" PRIMARY KEY ("SurveyID")
);
