-- "Add from a link": the shop a gift was imported from, shown to guests as "From <shop>" beside its link.
ALTER TABLE "RegistryItem" ADD COLUMN "shopName" TEXT NOT NULL DEFAULT '';
