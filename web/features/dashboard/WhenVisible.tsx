// Renders its children only once scrolled near the screen (IntersectionObserver), so the map code
// and its data load only for a person who scrolls to them, which matters on a slow phone link.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function WhenVisible({ children, minHeight = 240 }: { children: ReactNode; minHeight?: number }) {
  const el = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (seen || !el.current) return;
    if (typeof IntersectionObserver === 'undefined') { setSeen(true); return; }
    const io = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) setSeen(true); }, { rootMargin: '200px' });
    io.observe(el.current);
    return () => io.disconnect();
  }, [seen]);
  return <div ref={el} style={{ minHeight: seen ? undefined : minHeight }}>{seen ? children : null}</div>;
}
