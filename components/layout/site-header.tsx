import { currentUser } from "@/lib/authz";
import { signOutAction } from "@/lib/actions/auth";
import { SiteHeaderView } from "./site-chrome";

export { PRODUCT_NAME, SiteFooter } from "./site-chrome";

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <SiteHeaderView
      user={user}
      signOut={
        <form action={signOutAction}>
          <button type="submit" className="block w-full rounded px-2 py-2 text-left hover:bg-gray-50">
            Sign out
          </button>
        </form>
      }
    />
  );
}
