// The charts' own stylesheet, added to the document by the first chart drawn, so that a chart
// looks right wherever it is placed (the game, the leaderboard, a test page) without the game's
// styles. Imports the theme.

import { COLOURS, FONTS } from '../../stage/theme';
import { html } from './elements';

const STYLE_ID = 'pc-chart-styles';
const STYLES = `
.pc-chart { margin: 0; display: grid; grid-template-columns: 1fr auto;
  grid-template-areas: "cap toggle" "plot plot"; align-content: start; column-gap: 12px;
  row-gap: 4px;
  font-family: ${FONTS.text}; color: ${COLOURS.ink}; }
.pc-chart > figcaption { grid-area: cap; min-width: 0; }
.pc-chart-title { display: block; font-family: ${FONTS.display}; font-size: 20px; font-weight: 600;
  line-height: 1.25; }
.pc-chart-caption { display: block; font-size: 16px; line-height: 1.3; color: ${COLOURS.inkSoft}; }
.pc-chart > svg { grid-area: plot; display: block; width: 100%; height: auto; overflow: visible; }
.pc-chart-toggle { grid-area: toggle; align-self: start; font: inherit; font-size: 16px;
  font-weight: 600; color: ${COLOURS.player}; background: #ffffff;
  border: 2px solid ${COLOURS.line}; border-radius: 8px; padding: 4px 12px; cursor: pointer; }
.pc-chart-toggle:hover { border-color: ${COLOURS.player}; }
.pc-chart-toggle:focus-visible { outline: 3px solid ${COLOURS.focus}; outline-offset: 2px; }
.pc-chart-table-wrap { grid-area: plot; overflow: auto; }
.pc-chart-table-wrap:focus-visible { outline: 3px solid ${COLOURS.focus}; outline-offset: 2px; }
.pc-chart-table { border-collapse: collapse; font-size: 16px; font-variant-numeric: tabular-nums; }
.pc-chart-table caption { text-align: left; font-weight: 600; padding: 4px 0; }
.pc-chart-table th, .pc-chart-table td { padding: 2px 12px; text-align: right;
  border-bottom: 1px solid ${COLOURS.line}; }
.pc-chart-table th[scope="row"], .pc-chart-table thead th:first-child,
.pc-chart-table .pc-chart-notes { text-align: left; }
.pc-chart-table thead th { position: sticky; top: 0; background: #ffffff; }
.pc-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important;
  padding: 0 !important; margin: -1px !important; overflow: hidden !important;
  clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; white-space: nowrap !important;
  border: 0 !important; }
`;

/** Adds the charts' stylesheet once per document (CSS text from this module, never user text). */
export function ensureStyles(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = html('style');
  style.id = STYLE_ID;
  style.textContent = STYLES;
  document.head.append(style);
}
