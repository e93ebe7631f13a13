import { withRestApi } from "@/lib/api/rest/route";
import { listGiftRegistries } from "@/lib/api/rest/gift-registries";

export const GET = withRestApi(listGiftRegistries);
