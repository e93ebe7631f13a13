<?php
// A store system on PHP's SoapClient (WSDL mode), called the way PHP integrators call it: every
// method. Prints what it saw as JSON for e2e/soap-clients.spec.ts to check. Usage: as zeep_client.py.
[, $base, $registryId, $itemId, $otherId, $lastName, $email, $eventDate] = $argv;
$registryId = (int) $registryId;
$itemId = (int) $itemId;
$otherId = (int) $otherId;
$client = new SoapClient("$base/global/api/giftregistry.asmx?WSDL", ['cache_wsdl' => WSDL_CACHE_NONE, 'exceptions' => true, 'trace' => true]);
$seen = [];

function answer($result): array {
    return ['Success' => $result->Success, 'Code' => $result->Code, 'Message' => $result->Message, 'hasData' => isset($result->Data)];
}
function idsOf($result): array {
    if (!isset($result->Data->int)) return [];
    return is_array($result->Data->int) ? $result->Data->int : [$result->Data->int];
}
function listOf($value): array {
    return is_array($value) ? $value : [$value];
}

$seen['authBad'] = answer($client->Authenticate(['username' => 'integration', 'password' => 'wrong'])->AuthenticateResult);
$auth = $client->Authenticate(['username' => 'integration', 'password' => 'demo-password'])->AuthenticateResult;
$seen['auth'] = answer($auth);
$token = $auth->Data;

$searches = [
    'searchName' => ['name' => "Soap $lastName"],
    'searchEmail' => ['email' => $email],
    'searchDate' => ['eventDate' => "{$eventDate}T00:00:00"],
    'searchAll' => ['name' => $lastName, 'email' => $email, 'eventDate' => "{$eventDate}T00:00:00"],
    'searchBlank' => ['name' => '   '],
];
foreach ($searches as $name => $args) {
    $r = $client->Search(['authenticationToken' => $token] + $args)->SearchResult;
    $ids = idsOf($r);
    $types = array_values(array_unique(array_map('gettype', $ids)));
    sort($types);
    $seen[$name] = answer($r) + ['found' => in_array($registryId, $ids, true), 'types' => $types];
}

$r = $client->GetRegistry(['authenticationToken' => $token, 'registryID' => $registryId])->GetRegistryResult;
$reg = listOf($r->Data->Registry)[0];
$item = listOf($reg->RegistryItems->RegistryItem)[0];
$seen['getRegistry'] = answer($r) + [
    'ID' => $reg->ID,
    'types' => ['ID' => gettype($reg->ID), 'Active' => gettype($reg->Active), 'ItemID' => gettype($item->ID), 'Requested' => gettype($item->Requested)],
    'eventDate' => substr($reg->EventDate, 0, 10),
    'price' => (string) $item->Price,
];
$r = $client->GetRegistries(['authenticationToken' => $token, 'registryIDs' => ['int' => [$registryId, 2147483000]]])->GetRegistriesResult;
$seen['getRegistries'] = answer($r) + ['ids' => array_map(fn($x) => $x->ID, listOf($r->Data->Registry))];

function line(?string $ref, int $qty, int $id): array {
    $line = ['ID' => $id, 'Quantity' => $qty, 'UnitNet' => '12.50', 'Comment' => 'php'];
    if ($ref !== null) $line['Reference'] = $ref;
    return $line;
}
$sale = fn(array $lines) => answer($client->RecordSales(['authenticationToken' => $token, 'registryID' => $registryId, 'sales' => ['RegistrySale' => $lines]])->RecordSalesResult);
$seen['sale'] = $sale([line('P-1', 1, $itemId)]);
$seen['saleAgain'] = $sale([line('P-1', 1, $itemId)]);
$seen['saleNoReference'] = $sale([line(null, 1, $itemId)]);
$seen['refund'] = answer($client->RecordRefunds(['authenticationToken' => $token, 'registryID' => $registryId, 'refunds' => ['RegistryRefund' => [line('P-R1', 1, $itemId)]]])->RecordRefundsResult);
$seen['batchWithBadLine'] = $sale([line('P-2', 1, $otherId), line('P-3', 999, $itemId)]);

echo json_encode($seen), "\n";
