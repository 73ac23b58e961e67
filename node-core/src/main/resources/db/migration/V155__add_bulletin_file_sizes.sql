-- The sizes of a published bulletin's files, which travel with it as attachment references.
ALTER TABLE bulletin
    ADD COLUMN docx_size BIGINT NULL,
    ADD COLUMN pdf_size  BIGINT NULL;
