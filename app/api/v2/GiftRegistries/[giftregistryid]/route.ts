import { withRestApi } from "@/lib/api/rest/handler";
import { getGiftRegistry, type RegistryParams } from "@/lib/api/rest/gift-registries";

export const GET = withRestApi<RegistryParams>(getGiftRegistry);
