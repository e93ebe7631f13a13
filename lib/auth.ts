// next-auth v5: email + password (Credentials), JWT sessions carrying the user id, role and the
// account's session version at sign-in (lib/authz.ts refuses a session whose version has moved on).
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { checkCredentials, endSessions } from "./data/users";
import { signInSchema } from "./validations/auth";
import { clientIp } from "./security/rate-limit";
import { safeReturnPath } from "./safe-redirect";
import { signInFailed, signInSucceeded, signInWait } from "./security/sign-in-limit";
import type { Role } from "./generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: Role; sessionVersion: number } & DefaultSession["user"];
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
        return { id: String(id), email, name, role, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // next-auth's own callbackUrl (its routes and cookie): a path on this site only, as after the form.
    redirect({ url, baseUrl }) {
      const own = URL.canParse(url) && new URL(url).origin === baseUrl ? new URL(url) : null;
      return `${baseUrl}${safeReturnPath(own ? `${own.pathname}${own.search}${own.hash}` : url, "/")}`;
    },
    // Set at sign-in only: nothing a client sends (a session "update") can move the version on.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = (token.role as Role) ?? "REGISTRANT";
      session.user.sessionVersion = sessionVersionOf(token);
      return session;
    },
  },
  events: {
    // Every way out (the server action, next-auth's own /api/auth/signout) ends the copies of this session too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const id = Number(token?.sub);
      if (token && Number.isInteger(id) && id > 0) await endSessions(id, sessionVersionOf(token));
    },
  },
});

/** Tokens issued before session versions existed carry none: they stand for version 0. */
function sessionVersionOf(token: Record<string, unknown>): number {
  const sv = token.sv;
  return typeof sv === "number" && Number.isInteger(sv) ? sv : 0;
}
