import { COMMON_WORDS, FIRST_NAMES, LAST_NAMES, PLACE_NAMES, PLACE_PHRASES } from './data/names.generated';

export interface NameLists {
  /** Given names, as written (capitalised). */
  readonly first: ReadonlySet<string>;
  /** Family names and other personal names, as written. */
  readonly last: ReadonlySet<string>;
  /** Lower-case words that are also names ("mark", "rose", "koch", "winter"): ambiguous wherever they stand. */
  readonly common: ReadonlySet<string>;
  /** Lower-case place names that are also names ("paris", "florence"): ambiguous alone, not beside another name. */
  readonly places: ReadonlySet<string>;
  /** Lower-case two-word place names ("sao paulo", "santa clara"). */
  readonly placePhrases: ReadonlySet<string>;
}

let lists: NameLists | undefined;

/**
 * Vietnamese family names with their diacritics: the generated list holds only the plain
 * spellings ("Nguyen", "Tran"), and text written in Vietnamese keeps the marks. "Ngo"
 * is missing even plain.
 */
const VIETNAMESE_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Ngo', 'Dương', 'Lý', 'Đinh', 'Trương', 'Đoàn', 'Trịnh', 'Lương'];

/** Splits the generated strings on first use, so importing the engine stays cheap. */
export function nameLists(): NameLists {
  lists ??= {
    first: new Set(FIRST_NAMES.split('|')),
    last: new Set([...LAST_NAMES.split('|'), ...VIETNAMESE_FAMILY]),
    common: new Set(COMMON_WORDS.split('|')),
    places: new Set(PLACE_NAMES.split('|')),
    placePhrases: new Set(PLACE_PHRASES.split('|')),
  };
  return lists;
}
