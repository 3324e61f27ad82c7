"use client";

import { useEffect, useRef } from "react";
import type { WidgetConfig } from "@/server/widget/widget-config";

/**
 * The real /widget.js in preview mode: it renders inline from the configuration given here
 * and never posts, so what the page shows is exactly what a customer will see, without a
 * test answer landing in the figures.
 */
export function WidgetPreview({ config }: { config: WidgetConfig }) {
  const container = useRef<HTMLDivElement>(null);
  const json = JSON.stringify(config);
  useEffect(() => {
    const target = container.current;
    if (!target) return;
    const script = document.createElement("script");
    script.src = "/widget.js";
    script.async = true;
    script.setAttribute("data-preview", "");
    script.setAttribute("data-config", json);
    target.append(script);
    return () => target.replaceChildren();
  }, [json]);
  return <div ref={container} data-testid="widget-preview" />;
}
