// Time the Worker's checks may take (they report what they did not finish), and time after which
// a Worker that has not answered is taken as stuck and replaced: one step of the polygon engine
// cannot be interrupted, so a design it cannot finish must not leave the panel checking for ever.
// A module of its own: the Worker and the page both read it, and neither may load the other.
export const CHECK_BUDGET_MS = 8_000;
export const STALL_MS = 20_000;
