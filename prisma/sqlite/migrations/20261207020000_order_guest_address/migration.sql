-- A guest who does not ship to the registrant gives their own delivery address (issue 21).
ALTER TABLE "Order" ADD COLUMN "shipName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Order" ADD COLUMN "shipStreet" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Order" ADD COLUMN "shipCity" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Order" ADD COLUMN "shipPostcode" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Order" ADD COLUMN "shipCountry" TEXT NOT NULL DEFAULT '';
-- SQLite cannot add a CHECK to a table: a new order not shipped to the registrant needs the address.
-- Older orders without one are left as they were.
CREATE TRIGGER "Order_ship_address_check" BEFORE INSERT ON "Order"
WHEN NOT NEW."shipToRegistrant" AND (NEW."shipName" = '' OR NEW."shipStreet" = '' OR NEW."shipCity" = '' OR NEW."shipPostcode" = '' OR NEW."shipCountry" = '')
BEGIN
  SELECT RAISE(ABORT, 'Order_ship_address_check');
END;
