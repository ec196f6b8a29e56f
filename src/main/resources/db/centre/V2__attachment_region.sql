-- Which regions may download an attachment: the region of the device that uploaded it, and the region of every
-- record that references it. A device of another county cannot fetch a photo by its hash.
CREATE TABLE centre_attachment_region (
  sha256       CHAR(64)     NOT NULL,
  region_code  VARCHAR(12)  NOT NULL,
  PRIMARY KEY (sha256, region_code)
);
