/**
 * Real states/provinces with a few real cities each, the city's 3-digit zip prefix (US) or the first
 * two characters of its forward sortation area (CA), its area code(s), a population weight (millions)
 * and the sales tax rate applied to a vehicle (approximate state/provincial base rate).
 * Format per region: [code, name, weight, taxRate, 'City:prefix:area/area|City:prefix:area'].
 */
type RawRegion = readonly [string, string, number, number, string];

const US: readonly RawRegion[] = [
  ['AL', 'Alabama', 5.1, 0.02, 'Birmingham:352:205|Montgomery:361:334|Huntsville:358:256|Mobile:366:251'],
  ['AK', 'Alaska', 0.7, 0, 'Anchorage:995:907|Fairbanks:997:907|Juneau:998:907'],
  ['AZ', 'Arizona', 7.4, 0.056, 'Phoenix:850:602|Tucson:857:520|Mesa:852:480|Flagstaff:860:928'],
  ['AR', 'Arkansas', 3.1, 0.065, 'Little Rock:722:501|Fayetteville:727:479|Jonesboro:724:870'],
  [
    'CA',
    'California',
    39,
    0.0725,
    'Los Angeles:900:213/323|San Francisco:941:415|San Diego:921:619|' +
      'Sacramento:958:916|Fresno:937:559|San Jose:951:408',
  ],
  ['CO', 'Colorado', 5.9, 0.029, 'Denver:802:303/720|Colorado Springs:809:719|Boulder:803:303|Fort Collins:805:970'],
  ['CT', 'Connecticut', 3.6, 0.0635, 'Hartford:061:860|New Haven:065:203|Stamford:069:203'],
  ['DE', 'Delaware', 1, 0, 'Wilmington:198:302|Dover:199:302'],
  ['DC', 'District of Columbia', 0.7, 0.06, 'Washington:200:202'],
  ['FL', 'Florida', 22.6, 0.06, 'Miami:331:305|Orlando:328:407|Tampa:336:813|Jacksonville:322:904|Tallahassee:323:850'],
  ['GA', 'Georgia', 11, 0.07, 'Atlanta:303:404/678|Savannah:314:912|Augusta:309:706|Macon:312:478'],
  ['HI', 'Hawaii', 1.4, 0.04, 'Honolulu:968:808|Hilo:967:808'],
  ['ID', 'Idaho', 2, 0.06, 'Boise:837:208|Idaho Falls:834:208'],
  ['IL', 'Illinois', 12.5, 0.0625, 'Chicago:606:312/773|Springfield:627:217|Peoria:616:309|Naperville:605:630'],
  ['IN', 'Indiana', 6.9, 0.07, 'Indianapolis:462:317|Fort Wayne:468:260|Evansville:477:812'],
  ['IA', 'Iowa', 3.2, 0.05, 'Des Moines:503:515|Cedar Rapids:524:319|Davenport:528:563'],
  ['KS', 'Kansas', 2.9, 0.065, 'Wichita:672:316|Topeka:666:785|Overland Park:662:913'],
  ['KY', 'Kentucky', 4.5, 0.06, 'Louisville:402:502|Lexington:405:859|Bowling Green:421:270'],
  ['LA', 'Louisiana', 4.6, 0.0445, 'New Orleans:701:504|Baton Rouge:708:225|Shreveport:711:318'],
  ['ME', 'Maine', 1.4, 0.055, 'Portland:041:207|Bangor:044:207'],
  ['MD', 'Maryland', 6.2, 0.06, 'Baltimore:212:410|Annapolis:214:410|Rockville:208:301'],
  ['MA', 'Massachusetts', 7, 0.0625, 'Boston:021:617|Worcester:016:508|Springfield:011:413'],
  ['MI', 'Michigan', 10, 0.06, 'Detroit:482:313|Grand Rapids:495:616|Lansing:489:517|Ann Arbor:481:734'],
  ['MN', 'Minnesota', 5.7, 0.065, 'Minneapolis:554:612|Saint Paul:551:651|Duluth:558:218|Rochester:559:507'],
  ['MS', 'Mississippi', 2.9, 0.05, 'Jackson:392:601|Gulfport:395:228'],
  ['MO', 'Missouri', 6.2, 0.04225, 'Kansas City:641:816|Saint Louis:631:314|Springfield:658:417'],
  ['MT', 'Montana', 1.1, 0, 'Billings:591:406|Missoula:598:406'],
  ['NE', 'Nebraska', 2, 0.055, 'Omaha:681:402|Lincoln:685:402'],
  ['NV', 'Nevada', 3.2, 0.0685, 'Las Vegas:891:702|Reno:895:775|Henderson:890:702'],
  ['NH', 'New Hampshire', 1.4, 0, 'Manchester:031:603|Concord:033:603'],
  ['NJ', 'New Jersey', 9.3, 0.06625, 'Newark:071:973|Jersey City:073:201|Trenton:086:609'],
  ['NM', 'New Mexico', 2.1, 0.04, 'Albuquerque:871:505|Santa Fe:875:505|Las Cruces:880:575'],
  [
    'NY',
    'New York',
    19.6,
    0.04,
    'New York:100:212/646|Buffalo:142:716|Rochester:146:585|Albany:122:518|Syracuse:132:315',
  ],
  ['NC', 'North Carolina', 10.8, 0.03, 'Charlotte:282:704|Raleigh:276:919|Greensboro:274:336|Asheville:288:828'],
  ['ND', 'North Dakota', 0.8, 0.05, 'Fargo:581:701|Bismarck:585:701'],
  ['OH', 'Ohio', 11.8, 0.0575, 'Columbus:432:614|Cleveland:441:216|Cincinnati:452:513|Toledo:436:419'],
  ['OK', 'Oklahoma', 4, 0.0325, 'Oklahoma City:731:405|Tulsa:741:918'],
  ['OR', 'Oregon', 4.2, 0, 'Portland:972:503|Eugene:974:541|Salem:973:503'],
  ['PA', 'Pennsylvania', 13, 0.06, 'Philadelphia:191:215|Pittsburgh:152:412|Harrisburg:171:717|Allentown:181:610'],
  ['RI', 'Rhode Island', 1.1, 0.07, 'Providence:029:401|Warwick:028:401'],
  ['SC', 'South Carolina', 5.4, 0.05, 'Columbia:292:803|Charleston:294:843|Greenville:296:864'],
  ['SD', 'South Dakota', 0.9, 0.04, 'Sioux Falls:571:605|Rapid City:577:605'],
  ['TN', 'Tennessee', 7.1, 0.07, 'Nashville:372:615|Memphis:381:901|Knoxville:379:865|Chattanooga:374:423'],
  [
    'TX',
    'Texas',
    30.5,
    0.0625,
    'Houston:770:713/832|Dallas:752:214/469|Austin:787:512|San Antonio:782:210|El Paso:799:915|Fort Worth:761:817',
  ],
  ['UT', 'Utah', 3.4, 0.0485, 'Salt Lake City:841:801|Provo:846:801|Ogden:844:801'],
  ['VT', 'Vermont', 0.65, 0.06, 'Burlington:054:802|Montpelier:056:802'],
  ['VA', 'Virginia', 8.7, 0.0415, 'Richmond:232:804|Virginia Beach:234:757|Arlington:222:703|Roanoke:240:540'],
  ['WA', 'Washington', 7.8, 0.065, 'Seattle:981:206|Spokane:992:509|Tacoma:984:253|Vancouver:986:360'],
  ['WV', 'West Virginia', 1.8, 0.06, 'Charleston:253:304|Morgantown:265:304'],
  ['WI', 'Wisconsin', 5.9, 0.05, 'Milwaukee:532:414|Madison:537:608|Green Bay:543:920'],
  ['WY', 'Wyoming', 0.6, 0.04, 'Cheyenne:820:307|Casper:826:307'],
];

const CA: readonly RawRegion[] = [
  [
    'ON',
    'Ontario',
    15.6,
    0.13,
    'Toronto:M5:416/647|Ottawa:K1:613|Mississauga:L5:905|Hamilton:L8:905|London:N6:519|Kitchener:N2:519',
  ],
  [
    'QC',
    'Quebec',
    8.9,
    0.14975,
    'Montreal:H3:514/438|Quebec City:G1:418|Laval:H7:450|Gatineau:J8:819|Sherbrooke:J1:819',
  ],
  ['BC', 'British Columbia', 5.6, 0.12, 'Vancouver:V6:604/778|Victoria:V8:250|Surrey:V3:604|Kelowna:V1:250'],
  ['AB', 'Alberta', 4.8, 0.05, 'Calgary:T2:403/587|Edmonton:T5:780|Red Deer:T4:403|Lethbridge:T1:403'],
  ['MB', 'Manitoba', 1.5, 0.12, 'Winnipeg:R3:204|Brandon:R7:204'],
  ['SK', 'Saskatchewan', 1.2, 0.11, 'Saskatoon:S7:306|Regina:S4:306'],
  ['NS', 'Nova Scotia', 1.1, 0.14, 'Halifax:B3:902|Sydney:B1:902'],
  ['NB', 'New Brunswick', 0.84, 0.15, 'Moncton:E1:506|Saint John:E2:506|Fredericton:E3:506'],
  ['NL', 'Newfoundland and Labrador', 0.54, 0.15, "St. John's:A1:709|Corner Brook:A2:709"],
  ['PE', 'Prince Edward Island', 0.17, 0.15, 'Charlottetown:C1:902'],
  ['NT', 'Northwest Territories', 0.045, 0.05, 'Yellowknife:X1:867'],
  ['YT', 'Yukon', 0.045, 0.05, 'Whitehorse:Y1:867'],
  ['NU', 'Nunavut', 0.04, 0.05, 'Iqaluit:X0:867'],
];

export interface City {
  name: string;
  /** US: 3-digit zip prefix; CA: letter + digit of the forward sortation area. */
  prefix: string;
  areaCodes: readonly string[];
}

export interface Region {
  country: 'US' | 'CA';
  code: string;
  name: string;
  weight: number;
  taxRate: number;
  cities: readonly City[];
}

const build = (country: 'US' | 'CA', raw: readonly RawRegion[]): Region[] =>
  raw.map(([code, name, weight, taxRate, cities]) => ({
    country,
    code,
    name,
    weight,
    taxRate,
    cities: cities.split('|').map((c) => {
      const [cityName, prefix, areas] = c.split(':');
      return { name: cityName, prefix, areaCodes: areas.split('/') };
    }),
  }));

/** US states and DC. */
export const US_REGIONS: readonly Region[] = build('US', US);
/** Canadian provinces and territories. */
export const CA_REGIONS: readonly Region[] = build('CA', CA);
