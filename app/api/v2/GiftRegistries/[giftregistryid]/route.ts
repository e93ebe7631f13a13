import { withRestApi } from "@/lib/api/rest/route";
import { getGiftRegistry, type RegistryParams } from "@/lib/api/rest/gift-registries";

export const GET = withRestApi<RegistryParams>(getGiftRegistry);
