// The one table of language services. Everything per-service reads from here.
// Four codes are kept apart on purpose (as the BBC's renderer does): the URL segment, the
// <html lang>, the hreflang a search engine reads, and the locale Intl formats with.

export const sectionSlugs = ['news', 'world', 'economy', 'culture'] as const;
export type SectionSlug = (typeof sectionSlugs)[number];

type ServiceRow = {
  /** URL segment: /{code}/… */
  code: string;
  /** <html lang>, with a script subtag where the script is not the language's default */
  htmlLang: string;
  /** hreflang value for search engines (ISO 639-1 where one exists) */
  hreflang: string;
  /** Locale handed to Intl; differs from htmlLang where ICU lacks the language */
  formatLocale: string;
  script: 'Latn' | 'Cyrl' | 'Arab' | 'Armn' | 'Geor';
  dir: 'ltr' | 'rtl';
  timeZone: string;
  nativeName: string;
  englishName: string;
  /** The demo broadcaster's name in this language (fictional, never a real brand) */
  brand: string;
  sections: readonly SectionSlug[];
};

const allSections = sectionSlugs;

export const services = [
  {
    code: 'sq',
    htmlLang: 'sq',
    hreflang: 'sq',
    formatLocale: 'sq',
    script: 'Latn',
    dir: 'ltr',
    timeZone: 'Europe/Belgrade',
    nativeName: 'Shqip',
    englishName: 'Albanian',
    brand: 'Radio Polifonia',
    sections: allSections,
  },
  {
    code: 'hy',
    htmlLang: 'hy',
    hreflang: 'hy',
    formatLocale: 'hy',
    script: 'Armn',
    dir: 'ltr',
    timeZone: 'Asia/Yerevan',
    nativeName: 'Հայերեն',
    englishName: 'Armenian',
    brand: 'Ռադիո Պոլիֆոնիա',
    sections: allSections,
  },
  {
    code: 'az',
    htmlLang: 'az',
    hreflang: 'az',
    formatLocale: 'az',
    script: 'Latn',
    dir: 'ltr',
    timeZone: 'Asia/Baku',
    nativeName: 'Azərbaycanca',
    englishName: 'Azerbaijani',
    brand: 'Polifoniya Radiosu',
    sections: allSections,
  },
  {
    code: 'ba',
    htmlLang: 'ba',
    hreflang: 'ba',
    formatLocale: 'ba',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Asia/Yekaterinburg',
    nativeName: 'Башҡортса',
    englishName: 'Bashkir',
    brand: 'Полифония радиоһы',
    sections: allSections,
  },
  {
    code: 'be',
    htmlLang: 'be',
    hreflang: 'be',
    formatLocale: 'be',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Europe/Minsk',
    nativeName: 'Беларуская',
    englishName: 'Belarusian',
    brand: 'Радыё Паліфанія',
    sections: allSections,
  },
  {
    code: 'bs',
    htmlLang: 'bs',
    hreflang: 'bs',
    formatLocale: 'bs',
    script: 'Latn',
    dir: 'ltr',
    timeZone: 'Europe/Sarajevo',
    nativeName: 'Bosanski',
    englishName: 'Bosnian',
    brand: 'Radio Polifonija',
    sections: allSections,
  },
  {
    code: 'bg',
    htmlLang: 'bg',
    hreflang: 'bg',
    formatLocale: 'bg',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Europe/Sofia',
    nativeName: 'Български',
    englishName: 'Bulgarian',
    brand: 'Радио Полифония',
    sections: allSections,
  },
  {
    code: 'ce',
    htmlLang: 'ce',
    hreflang: 'ce',
    formatLocale: 'ce',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Europe/Moscow',
    nativeName: 'Нохчийн',
    englishName: 'Chechen',
    brand: 'Полифони радио',
    sections: allSections,
  },
  // ICU has no Crimean Tatar data: Intl would silently fall back to en-US, so format with Turkish.
  {
    code: 'crh',
    htmlLang: 'crh',
    hreflang: 'crh',
    formatLocale: 'tr',
    script: 'Latn',
    dir: 'ltr',
    timeZone: 'Europe/Simferopol',
    nativeName: 'Qırımtatarca',
    englishName: 'Crimean Tatar',
    brand: 'Polifoniya Radiosı',
    sections: allSections,
  },
  {
    code: 'fa-AF',
    htmlLang: 'fa-AF',
    hreflang: 'fa-AF',
    formatLocale: 'fa-AF',
    script: 'Arab',
    dir: 'rtl',
    timeZone: 'Asia/Kabul',
    nativeName: 'دری',
    englishName: 'Dari',
    brand: 'رادیو پولیفونی',
    sections: allSections,
  },
  {
    code: 'en',
    htmlLang: 'en',
    hreflang: 'en',
    formatLocale: 'en',
    script: 'Latn',
    dir: 'ltr',
    timeZone: 'Europe/Prague',
    nativeName: 'English',
    englishName: 'English',
    brand: 'Radio Polyphony',
    sections: allSections,
  },
  {
    code: 'ka',
    htmlLang: 'ka',
    hreflang: 'ka',
    formatLocale: 'ka',
    script: 'Geor',
    dir: 'ltr',
    timeZone: 'Asia/Tbilisi',
    nativeName: 'ქართული',
    englishName: 'Georgian',
    brand: 'რადიო პოლიფონია',
    sections: allSections,
  },
  {
    code: 'hu',
    htmlLang: 'hu',
    hreflang: 'hu',
    formatLocale: 'hu',
    script: 'Latn',
    dir: 'ltr',
    timeZone: 'Europe/Budapest',
    nativeName: 'Magyar',
    englishName: 'Hungarian',
    brand: 'Polifónia Rádió',
    sections: allSections,
  },
  {
    code: 'kk',
    htmlLang: 'kk',
    hreflang: 'kk',
    formatLocale: 'kk',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Asia/Almaty',
    nativeName: 'Қазақша',
    englishName: 'Kazakh',
    brand: 'Полифония радиосы',
    sections: allSections,
  },
  {
    code: 'ky',
    htmlLang: 'ky',
    hreflang: 'ky',
    formatLocale: 'ky',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Asia/Bishkek',
    nativeName: 'Кыргызча',
    englishName: 'Kyrgyz',
    brand: 'Полифония радиосу',
    sections: allSections,
  },
  {
    code: 'mk',
    htmlLang: 'mk',
    hreflang: 'mk',
    formatLocale: 'mk',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Europe/Skopje',
    nativeName: 'Македонски',
    englishName: 'Macedonian',
    brand: 'Радио Полифонија',
    sections: allSections,
  },
  // cnr has no ISO 639-1 code (hreflang falls back to Serbian-in-Montenegro) and ICU resolves it only partially.
  {
    code: 'cnr',
    htmlLang: 'cnr',
    hreflang: 'sr-ME',
    formatLocale: 'sr-Latn-ME',
    script: 'Latn',
    dir: 'ltr',
    timeZone: 'Europe/Podgorica',
    nativeName: 'Crnogorski',
    englishName: 'Montenegrin',
    brand: 'Radio Polifonija',
    sections: allSections,
  },
  {
    code: 'ps',
    htmlLang: 'ps',
    hreflang: 'ps',
    formatLocale: 'ps',
    script: 'Arab',
    dir: 'rtl',
    timeZone: 'Asia/Kabul',
    nativeName: 'پښتو',
    englishName: 'Pashto',
    brand: 'پولیفوني راډیو',
    sections: allSections,
  },
  {
    code: 'fa',
    htmlLang: 'fa',
    hreflang: 'fa',
    formatLocale: 'fa',
    script: 'Arab',
    dir: 'rtl',
    timeZone: 'Asia/Tehran',
    nativeName: 'فارسی',
    englishName: 'Persian',
    brand: 'رادیو پلی‌فونی',
    sections: allSections,
  },
  {
    code: 'ro',
    htmlLang: 'ro',
    hreflang: 'ro-MD',
    formatLocale: 'ro-MD',
    script: 'Latn',
    dir: 'ltr',
    timeZone: 'Europe/Chisinau',
    nativeName: 'Română',
    englishName: 'Romanian',
    brand: 'Radio Polifonia',
    sections: allSections,
  },
  {
    code: 'ru',
    htmlLang: 'ru',
    hreflang: 'ru',
    formatLocale: 'ru',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Europe/Moscow',
    nativeName: 'Русский',
    englishName: 'Russian',
    brand: 'Радио Полифония',
    sections: allSections,
  },
  {
    code: 'sr',
    htmlLang: 'sr-Latn',
    hreflang: 'sr-Latn',
    formatLocale: 'sr-Latn',
    script: 'Latn',
    dir: 'ltr',
    timeZone: 'Europe/Belgrade',
    nativeName: 'Srpski',
    englishName: 'Serbian',
    brand: 'Radio Polifonija',
    sections: allSections,
  },
  {
    code: 'tg',
    htmlLang: 'tg',
    hreflang: 'tg',
    formatLocale: 'tg',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Asia/Dushanbe',
    nativeName: 'Тоҷикӣ',
    englishName: 'Tajik',
    brand: 'Радиои Полифония',
    sections: allSections,
  },
  {
    code: 'tt',
    htmlLang: 'tt',
    hreflang: 'tt',
    formatLocale: 'tt',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Europe/Moscow',
    nativeName: 'Татарча',
    englishName: 'Tatar',
    brand: 'Полифония радиосы',
    sections: allSections,
  },
  {
    code: 'tk',
    htmlLang: 'tk',
    hreflang: 'tk',
    formatLocale: 'tk',
    script: 'Latn',
    dir: 'ltr',
    timeZone: 'Asia/Ashgabat',
    nativeName: 'Türkmençe',
    englishName: 'Turkmen',
    brand: 'Polifoniýa Radiosy',
    sections: allSections,
  },
  {
    code: 'uk',
    htmlLang: 'uk',
    hreflang: 'uk',
    formatLocale: 'uk',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Europe/Kyiv',
    nativeName: 'Українська',
    englishName: 'Ukrainian',
    brand: 'Радіо Поліфонія',
    sections: allSections,
  },
  {
    code: 'uz',
    htmlLang: 'uz-Cyrl',
    hreflang: 'uz-Cyrl',
    formatLocale: 'uz-Cyrl',
    script: 'Cyrl',
    dir: 'ltr',
    timeZone: 'Asia/Tashkent',
    nativeName: 'Ўзбекча',
    englishName: 'Uzbek',
    brand: 'Полифония радиоси',
    sections: allSections,
  },
] as const satisfies readonly ServiceRow[];

export type ServiceCode = (typeof services)[number]['code'];

/** A row of the table, with its code typed as one of the table's codes */
export type Service = ServiceRow & { code: ServiceCode };

export const serviceCodes = services.map((s) => s.code) as ServiceCode[];

export const defaultServiceCode: ServiceCode = 'en';

const byCode = new Map<string, Service>(services.map((s) => [s.code, s]));
const byLowerCode = new Map<string, Service>(services.map((s) => [s.code.toLowerCase(), s]));

export function isServiceCode(value: string): value is ServiceCode {
  return byCode.has(value);
}

export function getService(code: ServiceCode): Service {
  return byCode.get(code)!;
}

/** The canonical service for a URL segment typed in any letter case, if there is one. */
export function findServiceIgnoringCase(segment: string): Service | undefined {
  return byLowerCode.get(segment.toLowerCase());
}
