// next-auth v5: email + password (Credentials), JWT sessions carrying the user id and role.
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { checkCredentials } from "./data/users";
import { signInSchema } from "./validations/auth";
import { clientIp } from "./security/rate-limit";
import { safeReturnPath } from "./safe-redirect";
import { signInFailed, signInSucceeded, signInWait } from "./security/sign-in-limit";
import type { Role } from "./generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
}

/** Thrown for a suspended account, so the form can say so instead of "wrong password". */
export class SuspendedSignin extends CredentialsSignin {
  code = "suspended";
}

/** Too many failed attempts: checked here too so next-auth's own callback route is slowed as well. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const ip = clientIp(request.headers);
        if ((await signInWait(parsed.data.email, ip)) > 0) throw new RateLimitedSignin();
        const result = await checkCredentials(parsed.data.email, parsed.data.password);
        if (!result.ok) {
          if (result.reason === "suspended") throw new SuspendedSignin();
          await signInFailed(parsed.data.email, ip);
          return null;
        }
        await signInSucceeded(parsed.data.email, ip);
        const { id, email, name, role } = result.user;
        return { id: String(id), email, name, role };
      },
    }),
  ],
  callbacks: {
    // next-auth's own callbackUrl (its routes and cookie): a path on this site only, as after the form.
    redirect({ url, baseUrl }) {
      const own = URL.canParse(url) && new URL(url).origin === baseUrl ? new URL(url) : null;
      return `${baseUrl}${safeReturnPath(own ? `${own.pathname}${own.search}${own.hash}` : url, "/")}`;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = (token.role as Role) ?? "REGISTRANT";
      return session;
    },
  },
});
