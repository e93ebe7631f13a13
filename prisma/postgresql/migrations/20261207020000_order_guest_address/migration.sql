-- A guest who does not ship to the registrant gives their own delivery address (issue 21).
ALTER TABLE "Order" ADD COLUMN "shipName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Order" ADD COLUMN "shipStreet" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Order" ADD COLUMN "shipCity" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Order" ADD COLUMN "shipPostcode" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Order" ADD COLUMN "shipCountry" TEXT NOT NULL DEFAULT '';
-- A new order not shipped to the registrant needs the address; NOT VALID leaves older orders as they were.
ALTER TABLE "Order" ADD CONSTRAINT "Order_ship_address_check"
  CHECK ("shipToRegistrant" OR ("shipName" <> '' AND "shipStreet" <> '' AND "shipCity" <> '' AND "shipPostcode" <> '' AND "shipCountry" <> '')) NOT VALID;
