// What the Phaser scenes are shown: a plain view of the game built from the store, so scenes hold
// no game rules and can be driven by a fake feed in isolation. Imports only types.

import type { Screen } from './screens';

/** Parameters of a procedurally drawn face (scenario files give them per leader). */
export interface PortraitParams {
  readonly skin: number;
  readonly hair: number;
  readonly hairStyle: number;
  readonly accent: number;
}

/** How a leader feels about the CCO, from trust: drives the face and the room's mood marker. */
export type Mood = 'hostile' | 'wary' | 'neutral' | 'friendly' | 'ally';

export interface RoomView {
  readonly silo: string;
  /** The silo's name, e.g. "Field Sales". */
  readonly name: string;
  readonly leader: string;
  readonly leaderTitle: string;
  readonly portrait: PortraitParams;
  /** 0..100 */
  readonly trust: number;
  readonly mood: Mood;
  /** Initiatives this silo carries now, and how many it can carry before it is overloaded. */
  readonly load: number;
  readonly capacity: number;
  /** The power-core silo. */
  readonly core: boolean;
}

export interface SegmentFlowView {
  readonly id: string;
  readonly name: string;
  readonly before: number;
  readonly after: number;
  readonly won: number;
  readonly lostControllable: number;
  readonly lostUncontrollable: number;
  /** Customers the segment started the game with: the figures' scale follows it, not the turn. */
  readonly start: number;
  /**
   * Whether the player measures why customers leave this segment (exit interviews and the like).
   * When false, the split into controllable and uncontrollable losses must not be shown: all
   * leavers appear alike, "reasons unknown" (DESIGN.md: reasons only where the player measures).
   */
  readonly reasonsKnown: boolean;
}

/** Every word the scenes draw, in the player's language (from the game's dictionary). */
export interface FloorLabels {
  readonly trust: string;
  readonly support: string;
  readonly load: string;
  readonly overloaded: string;
  readonly powerCore: string;
  readonly coffeeCorner: string;
  /** The CEO's title under their name, from the scenario. */
  readonly ceoTitle: string;
  readonly ceoBacks: string;
  readonly ceoWatching: string;
  readonly ceoImpatient: string;
  readonly customersThisQuarter: string;
  /** "Each figure = 20 customers". */
  readonly figureUnit: (customers: number) => string;
  /** "+62 won", "−38 could have kept", "−40 beyond control", "−78 left (reasons unknown)". */
  readonly won: (n: number) => string;
  readonly lostControllable: (n: number) => string;
  readonly lostUncontrollable: (n: number) => string;
  readonly lostUnknown: (n: number) => string;
  readonly legendWon: string;
  readonly legendLostControllable: string;
  readonly legendLostUncontrollable: string;
  readonly legendLostUnknown: string;
  /** A number with the language's grouping: whole, or to one decimal where it has one. */
  readonly count: (n: number) => string;
}

export interface FloorView {
  readonly screen: Screen;
  readonly labels: FloorLabels;
  readonly companyName: string;
  readonly rooms: readonly RoomView[];
  readonly ceo: {
    readonly name: string;
    readonly portrait: PortraitParams;
    readonly support: number;
  };
  /** The room the keyboard focus or pointer is on, or the leader being negotiated with. */
  readonly focusedSilo: string | null;
  readonly segments: readonly {
    readonly id: string;
    readonly name: string;
    readonly customers: number;
  }[];
  /** The last quarter's flows; `seq` changes each time a new resolution should be animated. */
  readonly resolution: {
    readonly seq: number;
    /** Quarters in a turn (1, or 2 when played in half-years). */
    readonly quarters: number;
    readonly segments: readonly SegmentFlowView[];
  } | null;
  readonly reducedMotion: boolean;
  /** The stage's height in design pixels (720..800): the floor takes what the bars leave. */
  readonly stageHeight: number;
  /** How much larger than normal the canvas labels are drawn (the "Text size" setting). */
  readonly textScale: number;
}

/** How a scene reads the view: the current value and a subscription that returns its undo. */
export interface FloorFeed {
  get(): FloorView;
  subscribe(listener: (view: FloorView) => void): () => void;
}
