import { describe, expect, it } from "vitest";
import { allowedOriginsSchema, describeOriginIssues, isAllowedOrigin, MAX_ALLOWED_ORIGINS, normalizeOrigin, originLines } from "./allowed-origins";
import { toIssues } from "@/lib/validation";

describe("normalizeOrigin", () => {
  it("serializes an origin as browsers send it", () => {
    expect(normalizeOrigin(" HTTPS://Shop.Example.COM/ ")).toEqual({ ok: true, origin: "https://shop.example.com" });
    expect(normalizeOrigin("https://shop.example.com:443")).toEqual({ ok: true, origin: "https://shop.example.com" });
    expect(normalizeOrigin("http://localhost:8080")).toEqual({ ok: true, origin: "http://localhost:8080" });
    expect(normalizeOrigin("http://127.0.0.1:3000")).toEqual({ ok: true, origin: "http://127.0.0.1:3000" });
    expect(normalizeOrigin("http://[::1]:3000")).toEqual({ ok: true, origin: "http://[::1]:3000" });
    expect(normalizeOrigin("https://bücher.example")).toEqual({ ok: true, origin: "https://xn--bcher-kva.example" });
  });

  it("refuses anything that is not a bare http(s) origin", () => {
    const bad = [
      "shop.example.com",
      "ftp://shop.example.com",
      "https://shop.example.com/path",
      "https://shop.example.com?x=1",
      "https://shop.example.com#top",
      "https://*.example.com",
      "*",
      "https://user@shop.example.com",
      "https://shop.example.com:99999",
      "https://sh op.com",
      "https://a_b.com",
      "https://-a.com",
      "null",
      "https://",
      "javascript:alert(1)",
      `https://${"a".repeat(300)}.com`,
    ];
    for (const input of bad) expect(normalizeOrigin(input).ok, input).toBe(false);
  });
});

describe("allowedOriginsSchema", () => {
  it("skips blank lines, dedupes after normalizing, and keeps the order given", () => {
    expect(allowedOriginsSchema.parse(originLines("https://B.example.com/\r\n\r\nhttps://a.example.com\nhttps://b.example.com"))).toEqual([
      "https://b.example.com",
      "https://a.example.com",
    ]);
  });

  it(`refuses more than ${MAX_ALLOWED_ORIGINS} distinct origins, and reports bad lines by number`, () => {
    const many = Array.from({ length: MAX_ALLOWED_ORIGINS + 1 }, (_, i) => `https://s${i}.example.com`);
    expect(allowedOriginsSchema.safeParse(many).success).toBe(false);
    expect(allowedOriginsSchema.safeParse([...many.slice(0, MAX_ALLOWED_ORIGINS), many[0] ?? ""]).success).toBe(true);
    const lines = originLines("https://ok.example.com\nhttps://ok.example.com/cart");
    const result = allowedOriginsSchema.safeParse(lines);
    expect(result.success).toBe(false);
    if (!result.success) expect(describeOriginIssues(lines, toIssues(result.error))).toMatch(/^Line 2 \(https:\/\/ok\.example\.com\/cart\): Use http/);
  });
});

describe("isAllowedOrigin", () => {
  it("matches exactly, and never a missing or null origin", () => {
    const list = ["https://shop.example.com"];
    expect(isAllowedOrigin(list, "https://shop.example.com")).toBe(true);
    for (const origin of ["https://shop.example.com/", "http://shop.example.com", "https://shop.example.com:8443", "https://x.shop.example.com", "null", null]) {
      expect(isAllowedOrigin(list, origin), String(origin)).toBe(false);
    }
    expect(isAllowedOrigin(["null"], "null")).toBe(false);
  });
});
