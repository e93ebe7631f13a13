-- A registry opens the catalog on the categories that fit its occasion (admins edit them in Occasions
-- and stores); the standard occasions get theirs here, others show the whole catalog.
ALTER TABLE "Occasion" ADD COLUMN "catalogCategories" TEXT NOT NULL DEFAULT '';
UPDATE "Occasion" SET "catalogCategories" = 'Kitchen,Dining,Bedding,Bath,Home,Outdoor,Travel' WHERE "name" = 'Wedding';
UPDATE "Occasion" SET "catalogCategories" = 'Baby' WHERE "name" = 'Baby';
UPDATE "Occasion" SET "catalogCategories" = 'Electronics,Books,Games,Travel' WHERE "name" = 'Birthday';
UPDATE "Occasion" SET "catalogCategories" = 'Dining,Travel,Home,Outdoor' WHERE "name" = 'Anniversary';
UPDATE "Occasion" SET "catalogCategories" = 'Home,Kitchen,Dining,Outdoor' WHERE "name" = 'Housewarming';
UPDATE "Occasion" SET "catalogCategories" = 'Electronics,Books,Travel' WHERE "name" = 'Graduation';
UPDATE "Occasion" SET "catalogCategories" = 'Home,Games,Books,Kitchen' WHERE "name" = 'Holiday';
