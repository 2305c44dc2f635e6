import { lazy, Suspense, type ComponentProps } from 'react';

// Dialogs that are not on the first screen load when first opened (their code, the thumbnails
// they draw, the checker or tracer they start).

const Colourways = lazy(() => import('./ColourwaysDialog.tsx').then((m) => ({ default: m.ColourwaysDialog })));
const Card = lazy(() => import('./CardDialog.tsx').then((m) => ({ default: m.CardDialog })));
const Trace = lazy(() => import('./TraceDialog.tsx').then((m) => ({ default: m.TraceDialog })));

export const ColourwaysDialog = (p: ComponentProps<typeof Colourways>) => <Suspense fallback={null}><Colourways {...p} /></Suspense>;
export const TraceDialog = (p: ComponentProps<typeof Trace>) => <Suspense fallback={null}><Trace {...p} /></Suspense>;
export const CardDialog = (p: ComponentProps<typeof Card>) => <Suspense fallback={null}><Card {...p} /></Suspense>;
