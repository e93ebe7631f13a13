import { withRestApi } from "@/lib/api/rest/handler";
import { listGiftRegistries } from "@/lib/api/rest/gift-registries";

export const GET = withRestApi(listGiftRegistries);
