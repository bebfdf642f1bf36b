const DATA =
  'Alley:Aly Anex:Anx Arcade:Arc Avenue:Ave Bayou:Byu Beach:Bch Bend:Bnd Bluff:Blf Bluffs:Blfs Bottom:Btm ' +
  'Boulevard:Blvd Branch:Br Bridge:Brg Brook:Brk Brooks:Brks Burg:Bg Burgs:Bgs Bypass:Byp Camp:Cp Canyon:Cyn ' +
  'Cape:Cpe Causeway:Cswy Center:Ctr Centers:Ctrs Circle:Cir Circles:Cirs Cliff:Clf Cliffs:Clfs Club:Clb ' +
  'Common:Cmn Commons:Cmns Corner:Cor Corners:Cors Course:Crse Court:Ct Courts:Cts Cove:Cv Coves:Cvs Creek:Crk ' +
  'Crescent:Cres Crest:Crst Crossing:Xing Crossroad:Xrd Crossroads:Xrds Curve:Curv Dale:Dl Dam:Dm Divide:Dv ' +
  'Drive:Dr Drives:Drs Estate:Est Estates:Ests Expressway:Expy Extension:Ext Extensions:Exts Falls:Fls Ferry:Fry ' +
  'Field:Fld Fields:Flds Flat:Flt Flats:Flts Ford:Frd Fords:Frds Forest:Frst Forge:Frg Forges:Frgs Fork:Frk ' +
  'Forks:Frks Fort:Ft Freeway:Fwy Garden:Gdn Gardens:Gdns Gateway:Gtwy Glen:Gln Glens:Glns Green:Grn Greens:Grns ' +
  'Grove:Grv Groves:Grvs Harbor:Hbr Harbors:Hbrs Haven:Hvn Heights:Hts Highway:Hwy Hill:Hl Hills:Hls Hollow:Holw ' +
  'Inlet:Inlt Island:Is Islands:Iss Junction:Jct Junctions:Jcts Key:Ky Keys:Kys Knoll:Knl Knolls:Knls Lake:Lk ' +
  'Lakes:Lks Landing:Lndg Lane:Ln Light:Lgt Lights:Lgts Loaf:Lf Lock:Lck Locks:Lcks Lodge:Ldg Manor:Mnr ' +
  'Manors:Mnrs Meadow:Mdw Meadows:Mdws Mill:Ml Mills:Mls Mission:Msn Motorway:Mtwy Mount:Mt Mountain:Mtn ' +
  'Mountains:Mtns Neck:Nck Orchard:Orch Overpass:Opas Parkway:Pkwy Parkways:Pkwy Parks:Park Passage:Psge ' +
  'Pine:Pne Pines:Pnes Place:Pl Plain:Pln Plains:Plns Plaza:Plz Point:Pt Points:Pts Port:Prt Ports:Prts ' +
  'Prairie:Pr Radial:Radl Ranch:Rnch Rapid:Rpd Rapids:Rpds Rest:Rst Ridge:Rdg Ridges:Rdgs River:Riv Road:Rd ' +
  'Roads:Rds Route:Rte Shoal:Shl Shoals:Shls Shore:Shr Shores:Shrs Skyway:Skwy Spring:Spg Springs:Spgs Spurs:Spur ' +
  'Square:Sq Squares:Sqs Station:Sta Stravenue:Stra Stream:Strm Street:St Streets:Sts Summit:Smt Terrace:Ter ' +
  'Throughway:Trwy Trace:Trce Track:Trak Trafficway:Trfy Trail:Trl Trailer:Trlr Tunnel:Tunl Turnpike:Tpke ' +
  'Underpass:Upas Union:Un Unions:Uns Valley:Vly Valleys:Vlys Viaduct:Via View:Vw Views:Vws Village:Vlg ' +
  'Villages:Vlgs Ville:Vl Vista:Vis Walks:Walk Well:Wl Wells:Wls';

/**
 * USPS street suffixes (Publication 28, Appendix C1): primary suffix name → standard abbreviation,
 * Title Case, e.g. `Street → St`, `Avenue → Ave`, `Boulevard → Blvd`. Suffixes whose abbreviation is
 * the word itself (Way, Loop, Park, Row, Run…) are not listed.
 *
 * @example
 * USPS_STREET_SUFFIXES.Street; // 'St'
 */
export const USPS_STREET_SUFFIXES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(DATA.split(' ').map((pair) => pair.split(':') as [string, string])),
);

/** Common misspelt or non-standard suffix variants (Pub. 28 C1 "commonly used" column), lower case. */
export const SUFFIX_VARIANTS: Readonly<Record<string, string>> = Object.freeze({
  allee: 'aly',
  ally: 'aly',
  av: 'ave',
  aven: 'ave',
  avenu: 'ave',
  avn: 'ave',
  avnue: 'ave',
  boul: 'blvd',
  boulv: 'blvd',
  blvrd: 'blvd',
  circ: 'cir',
  circl: 'cir',
  crcl: 'cir',
  crcle: 'cir',
  crt: 'ct',
  ctr: 'ctr',
  cntr: 'ctr',
  centr: 'ctr',
  centre: 'ctr',
  driv: 'dr',
  drv: 'dr',
  expr: 'expy',
  express: 'expy',
  expw: 'expy',
  frwy: 'fwy',
  freewy: 'fwy',
  hiway: 'hwy',
  hiwy: 'hwy',
  hway: 'hwy',
  highwy: 'hwy',
  lanes: 'ln',
  pky: 'pkwy',
  pkway: 'pkwy',
  parkwy: 'pkwy',
  pkwys: 'pkwy',
  plza: 'plz',
  sqr: 'sq',
  sqre: 'sq',
  squ: 'sq',
  str: 'st',
  strt: 'st',
  terr: 'ter',
  trails: 'trl',
  trls: 'trl',
  tpk: 'tpke',
  trnpk: 'tpke',
  crssng: 'xing',
});
