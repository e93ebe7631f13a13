"""A store system on suds, as integrators write it: every SOAP method. Prints what it saw as JSON for
e2e/soap-clients.spec.ts to check. Usage: as zeep_client.py."""
import datetime
import decimal
import json
import sys

from suds.client import Client

base, registry_id, item_id, other_id, last_name, email, event_date = sys.argv[1:8]
registry_id, item_id, other_id = int(registry_id), int(item_id), int(other_id)
client = Client(f"{base}/global/api/giftregistry.asmx?WSDL", cache=None)
svc = client.service
seen = {}


def kind(v):
    return {bool: "bool", int: "int", str: "str", decimal.Decimal: "decimal", float: "float", datetime.datetime: "datetime", type(None): "none"}.get(type(v), type(v).__name__)


def answer(r):
    return {"Success": bool(r.Success), "Code": int(r.Code), "Message": str(r.Message), "hasData": getattr(r, "Data", None) is not None}


def ids_of(r):
    data = getattr(r, "Data", None)
    return list(data.int) if data is not None else []


seen["authBad"] = answer(svc.Authenticate("integration", "wrong"))
auth = svc.Authenticate("integration", "demo-password")
seen["auth"] = answer(auth)
token = auth.Data
day = datetime.datetime.strptime(event_date, "%Y-%m-%d")

for name, args in {
    "searchName": {"name": f"Soap {last_name}"},
    "searchEmail": {"email": email},
    "searchDate": {"eventDate": day},
    "searchAll": {"name": last_name, "email": email, "eventDate": day},
    "searchBlank": {"name": "   "},
}.items():
    r = svc.Search(authenticationToken=token, **args)
    ids = ids_of(r)
    seen[name] = {**answer(r), "found": registry_id in ids, "types": sorted({kind(i) for i in ids})}

r = svc.GetRegistry(token, registry_id)
reg = r.Data.Registry[0]
item = reg.RegistryItems.RegistryItem[0]
seen["getRegistry"] = {
    **answer(r),
    "ID": reg.ID,
    "types": {"ID": kind(reg.ID), "Active": kind(reg.Active), "DateCreated": kind(reg.DateCreated), "EventDate": kind(reg.EventDate),
              "ItemID": kind(item.ID), "Price": kind(item.Price), "Requested": kind(item.Requested)},
    "eventDate": reg.EventDate.date().isoformat(),
    "price": str(item.Price),
}
ids = client.factory.create("ArrayOfInt")
ids.int = [registry_id, 2147483000]
r = svc.GetRegistries(token, ids)
seen["getRegistries"] = {**answer(r), "ids": [x.ID for x in r.Data.Registry]}


def sales(kind_name, lines):
    array = client.factory.create(f"ArrayOf{kind_name}")
    made = []
    for ref, qty, line_id in lines:
        line = client.factory.create(kind_name)
        line.ID, line.Quantity, line.UnitNet, line.Comment = line_id, qty, decimal.Decimal("12.50"), "suds"
        if ref is not None:
            line.Reference = ref
        made.append(line)
    setattr(array, kind_name, made)
    return array


seen["sale"] = answer(svc.RecordSales(token, registry_id, sales("RegistrySale", [("S-1", 1, item_id)])))
seen["saleAgain"] = answer(svc.RecordSales(token, registry_id, sales("RegistrySale", [("S-1", 1, item_id)])))
seen["saleNoReference"] = answer(svc.RecordSales(token, registry_id, sales("RegistrySale", [(None, 1, item_id)])))
seen["refund"] = answer(svc.RecordRefunds(token, registry_id, sales("RegistryRefund", [("S-R1", 1, item_id)])))
seen["batchWithBadLine"] = answer(svc.RecordSales(token, registry_id, sales("RegistrySale", [("S-2", 1, other_id), ("S-3", 999, item_id)])))

print(json.dumps(seen))
