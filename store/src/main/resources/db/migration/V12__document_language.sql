-- The language a document is written in (ISO 639-1, "und" when it could not be told), identified
-- when it is stored; null for documents stored before languages were identified.
ALTER TABLE extract_document ADD COLUMN language VARCHAR(8);
