// A TCP proxy in front of a database, for fault tests: cut() refuses new connections and drops every
// open one (as a crashed or restarted PostgreSQL would); reopen() serves the same port again.
import net from "node:net";

export type TcpProxy = { port: number; cut: () => Promise<void>; reopen: () => Promise<void>; close: () => Promise<void> };

export async function startTcpProxy(targetPort: number, targetHost = "127.0.0.1"): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => (sockets.add(s), s.on("close", () => sockets.delete(s)));
  const server = net.createServer((client) => {
    track(client);
    const upstream = track(net.connect(targetPort, targetHost));
    client.pipe(upstream).pipe(client);
    // Either side failing ends both, so the app sees a dropped connection, never a half-open one.
    const end = () => (client.destroy(), upstream.destroy());
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  const listen = (port: number) =>
    new Promise<void>((res, rej) => {
      server.once("error", rej).listen(port, "127.0.0.1", () => (server.off("error", rej), res()));
    });
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const stop = () =>
    new Promise<void>((res) => {
      for (const s of sockets) s.destroy();
      if (!server.listening) return res();
      server.close(() => res());
    });
  return { port, cut: stop, reopen: () => listen(port), close: stop };
}
