"""A store system on Python zeep (strict WSDL), as integrators write it: every method, SOAP 1.1 and the
HTTP GET/POST bindings. Prints what it saw as JSON for e2e/soap-clients.spec.ts to check.
Usage: python3 zeep_client.py BASE_URL REGISTRY_ID ITEM_ID OTHER_ITEM_ID LAST_NAME EMAIL EVENT_DATE(yyyy-mm-dd)"""
import datetime
import decimal
import json
import sys

import zeep
from zeep import Settings

base, registry_id, item_id, other_id, last_name, email, event_date = sys.argv[1:8]
registry_id, item_id, other_id = int(registry_id), int(item_id), int(other_id)
wsdl = f"{base}/global/api/giftregistry.asmx?WSDL"
client = zeep.Client(wsdl, settings=Settings(strict=True))
svc = client.service
seen = {}


def kind(v):
    return {bool: "bool", int: "int", str: "str", decimal.Decimal: "decimal", datetime.datetime: "datetime", type(None): "none"}.get(type(v), type(v).__name__)


def answer(r):
    data = r.Data
    return {"Success": r.Success, "Code": r.Code, "Message": r.Message, "hasData": data is not None}


def ids_of(r):
    return list(r.Data.int) if r.Data is not None else []


seen["authBad"] = answer(svc.Authenticate(username="integration", password="wrong"))
auth = svc.Authenticate(username="integration", password="demo-password")
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

r = svc.GetRegistry(authenticationToken=token, registryID=registry_id)
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
r = svc.GetRegistries(authenticationToken=token, registryIDs={"int": [registry_id, 2147483000]})
seen["getRegistries"] = {**answer(r), "ids": [x.ID for x in r.Data.Registry]}


def sale(ref, qty=1, line_id=item_id):
    line = {"ID": line_id, "Quantity": qty, "UnitNet": decimal.Decimal("12.50"), "Comment": "zeep"}
    if ref is not None:
        line["Reference"] = ref
    return line


seen["sale"] = answer(svc.RecordSales(authenticationToken=token, registryID=registry_id, sales={"RegistrySale": [sale("Z-1")]}))
seen["saleAgain"] = answer(svc.RecordSales(authenticationToken=token, registryID=registry_id, sales={"RegistrySale": [sale("Z-1")]}))
seen["saleNoReference"] = answer(svc.RecordSales(authenticationToken=token, registryID=registry_id, sales={"RegistrySale": [sale(None)]}))
seen["refund"] = answer(svc.RecordRefunds(authenticationToken=token, registryID=registry_id, refunds={"RegistryRefund": [sale("Z-R1")]}))
seen["batchWithBadLine"] = answer(svc.RecordSales(authenticationToken=token, registryID=registry_id,
                                                  sales={"RegistrySale": [sale("Z-2", 1, other_id), sale("Z-3", 999)]}))

# The HTTP GET and HTTP POST bindings of the same WSDL.
for port in ("GiftRegistryHttpGet", "GiftRegistryHttpPost"):
    bound = client.bind("GiftRegistry", port)
    r = bound.Search(authenticationToken=token, name=f"Soap {last_name}", email="", externalIdentifier="", eventDate=datetime.datetime.strptime(event_date, "%Y-%m-%d").strftime("%m/%d/%Y"))
    s = {"Success": r.Success, "Code": r.Code, "found": registry_id in (list(r.Data.int) if r.Data is not None else [])}
    g = bound.GetRegistry(authenticationToken=token, registryID=str(registry_id))
    s["getRegistry"] = {"Success": g.Success, "ID": g.Data.Registry[0].ID, "idType": kind(g.Data.Registry[0].ID)}
    seen[port] = s

print(json.dumps(seen))
