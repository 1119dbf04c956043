import { describe, expect, it } from "vitest";
import { clientIp, isPrivateAddress } from "./context";

const ipOf = (forwarded: string | null) => clientIp(new Headers(forwarded === null ? {} : { "x-forwarded-for": forwarded }));

describe("the client's network address", () => {
  it("is the address that connected when nothing stands in between", () => {
    expect(ipOf("203.0.113.5")).toBe("203.0.113.5");
  });

  it("cannot be chosen by the client: what it wrote itself stands left of what our side appended", () => {
    // The client sent "X-Forwarded-For: 198.51.100.9"; the server appended the address that connected.
    expect(ipOf("198.51.100.9, 203.0.113.5")).toBe("203.0.113.5");
  });

  it("skips our own proxies and load balancers on private networks", () => {
    expect(ipOf("198.51.100.9, 203.0.113.5, 10.0.0.2, 127.0.0.1")).toBe("203.0.113.5");
    expect(ipOf("2001:db8::7, fd00::1, ::1")).toBe("2001:db8::7");
  });

  it("is the leftmost on an intranet, where every address is private", () => {
    expect(ipOf("10.20.30.40, 10.0.0.2")).toBe("10.20.30.40");
  });

  it("is 'unknown' without any header", () => {
    expect(ipOf(null)).toBe("unknown");
  });

  it("tells private from public addresses", () => {
    for (const ip of ["10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1", "169.254.1.1", "::1", "fd12::1", "fe80::1", "::ffff:10.0.0.1"]) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ["172.32.0.1", "8.8.8.8", "203.0.113.5", "2001:db8::1", "::ffff:8.8.8.8"]) {
      expect(isPrivateAddress(ip), ip).toBe(false);
    }
  });
});
