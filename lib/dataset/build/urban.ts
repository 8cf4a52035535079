/**
 * Parses the Factbook's "Major urban areas - population" text:
 *   "18.937 million New York-Newark, 12.534 million Los Angeles-Long Beach-Santa Ana, ...
 *    5.490 million WASHINGTON, D.C. (capital) (2023)"
 * The capital is written in capitals; several segments may carry their own year
 * ("285,000 PORTO-NOVO (capital) (2018); 1.253 million Abomey-Calavi (2022)").
 */
export interface UrbanArea {
  /** The city the press names: the first city of a metro name ("New York" of "New York-Newark"). */
  name: string;
  /** The Factbook's metro name when it differs ("New York-Newark"). */
  metro?: string;
  /** Written in capitals: the capital or a seat of government. */
  isCapital: boolean;
  population: number;
  /** As written: "18.937 million". */
  populationText: string;
  year?: string;
}

const AREA =
  /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion))?\s+([^\d]+?)(?=,?\s*\d{1,3}(?:[.,]\d{3})*(?:\.\d+)?(?:\s+(?:million|billion))?\s+\p{Lu}|$)/gu;

/**
 * Splits a metro name at the hyphens that join two cities: "New York-Newark", "Dallas-Fort Worth",
 * "Marseille-Aix-en-Provence". A hyphen inside one city's name ("Mbuji-Mayi", "Pointe-Noire",
 * "Abomey-Calavi") joins short parts; two cities are told apart by a long first part (7+ letters)
 * or a part of several words.
 */
export function metroParts(name: string): string[] {
  if (name.includes('/'))
    return name
      .split('/')
      .map((p) => p.trim())
      .filter(Boolean); // "Southampton/Portsmouth"
  const parts = name.split(/-(?=\p{Lu})/u);
  if (parts.length < 2) return [name];
  const [first, ...rest] = parts;
  const split = first!.length >= 7 || first!.includes(' ') || rest.some((p) => p.includes(' '));
  return split ? parts : [name];
}

export function parseUrbanAreas(text: string | undefined): UrbanArea[] {
  if (!text) return [];
  const out: UrbanArea[] = [];
  for (const segment of text.split(/;\s*|\n/)) {
    const year = /\((\d{4})\)\s*$/.exec(segment.trim())?.[1];
    const body = segment
      .replace(/\(\d{4}\)\s*$/, '')
      .replace(/\u00a0/g, ' ')
      .trim();
    for (const m of body.matchAll(AREA)) {
      const [, num, scale, rawName] = m;
      let value = Number(num!.replace(/,/g, ''));
      // "872,000 million": a slip in the data; a number with thousands separators is already whole.
      if (scale && !num!.includes(',')) value *= scale === 'million' ? 1e6 : 1e9;
      const label = rawName!
        .replace(/\([^)]*\)/g, '')
        .replace(/[,\s]+$/, '')
        .trim();
      if (!label || !/^\p{Lu}/u.test(label) || /\d/.test(label)) continue;
      const isCapital = /\p{Lu}{2}/u.test(label.replace(/\b(?:D\.C\.|[A-Z]\.)/g, '')) && label === label.toUpperCase();
      // "WASHINGTON, D.C." → "Washington, D.C."; the build matches it to the capital by its key anyway.
      const display = isCapital ? label.replace(/\p{Lu}[\p{Lu}']+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase()) : label;
      const parts = isCapital ? [display] : metroParts(display);
      out.push({
        name: parts[0]!.trim(),
        metro: parts.length > 1 ? display : undefined,
        isCapital,
        population: Math.round(value),
        populationText: `${num}${scale && !num!.includes(',') ? ` ${scale}` : ''}`,
        year,
      });
    }
  }
  return out;
}
