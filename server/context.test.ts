import { describe, expect, it } from "vitest";
import { clientIp, requestIsHttps, trustedProxies } from "./context";

const PROXIES = trustedProxies(["10.0.0.0/8", "127.0.0.1", "fd00::/8", "::1"]);
const ipOf = (forwarded: string | null) => clientIp(new Headers(forwarded === null ? {} : { "x-forwarded-for": forwarded }), PROXIES);
const untrustedIpOf = (forwarded: string) => clientIp(new Headers({ "x-forwarded-for": forwarded }), trustedProxies([]));

describe("the client's network address", () => {
  it("is the address that connected when nothing stands in between", () => {
    expect(ipOf("203.0.113.5")).toBe("203.0.113.5");
  });

  it("cannot be chosen by the client: what it wrote itself stands left of what our side appended", () => {
    // The client sent "X-Forwarded-For: 198.51.100.9"; the server appended the address that connected.
    expect(ipOf("198.51.100.9, 203.0.113.5")).toBe("203.0.113.5");
  });

  it("skips the proxies the operator trusts (CIRCLES_TRUSTED_PROXIES), and only those", () => {
    expect(ipOf("198.51.100.9, 203.0.113.5, 10.0.0.2, 127.0.0.1")).toBe("203.0.113.5");
    expect(ipOf("2001:db8::7, fd00::1, ::1")).toBe("2001:db8::7");
    expect(ipOf("198.51.100.9, 192.168.1.7, 10.0.0.2")).toBe("192.168.1.7");
    expect(ipOf("10.20.30.40, ::ffff:10.0.0.2")).toBe("10.20.30.40");
  });

  it("comes from the socket when no proxy is trusted: rotating X-Forwarded-For changes nothing", () => {
    // An intranet client on 10.1.2.3 writing a new address into the header with every guess.
    for (const forged of ["10.9.9.1", "10.9.9.2", "203.0.113.77"]) expect(untrustedIpOf(`${forged}, 10.1.2.3`)).toBe("10.1.2.3");
    expect(untrustedIpOf("198.51.100.9, 127.0.0.1")).toBe("127.0.0.1");
  });

  it("is 'unknown' without any header", () => {
    expect(ipOf(null)).toBe("unknown");
  });

});

describe("whether a request came over HTTPS (cookies are Secure then)", () => {
  const over = (headers: Record<string, string>, protocol: string | null = null) => requestIsHttps(new Headers(headers), protocol, PROXIES);
  it("directly, or through a trusted proxy that says so", () => {
    expect(over({}, "https:")).toBe(true);
    expect(over({ "x-forwarded-for": "203.0.113.5, 10.0.0.2", "x-forwarded-proto": "https" })).toBe(true);
    expect(over({ "x-forwarded-for": "203.0.113.5, 10.0.0.2", "x-forwarded-proto": "http" })).toBe(false);
  });
  it("not when whoever connected is not a trusted proxy, whatever the header says", () => {
    expect(over({ "x-forwarded-for": "203.0.113.5", "x-forwarded-proto": "https" })).toBe(false);
    expect(over({}, "http:")).toBe(false);
  });
});
