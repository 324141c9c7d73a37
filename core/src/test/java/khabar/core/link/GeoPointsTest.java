package khabar.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import khabar.core.text.EntityType;
import khabar.core.text.Link;
import org.junit.jupiter.api.Test;

/** The points of linked places ({@code geo-points.tsv.gz}) and the admin-1 regions and names added with them. */
class GeoPointsTest {
    private static final EntityLinker LINKER = EntityLinker.shared();

    /**
     * Cities of the news with their true centre (city-centre coordinates as the cities' encyclopedia entries
     * give them, rounded to 4 decimals), written for this test independently of GeoNames: name, language,
     * expected id, latitude, longitude.
     */
    private static final String[][] CITIES = {
        {"Baghdad", "en", "city:IQ:baghdad", "33.3152", "44.3661"},
        {"کراچی", "ur", "city:PK:karachi", "24.8607", "67.0011"},
        {"لاہور", "ur", "city:PK:lahore", "31.5204", "74.3587"},
        {"Islamabad", "en", "city:PK:islamabad", "33.6844", "73.0479"},
        {"کابل", "ur", "city:AF:kabul", "34.5553", "69.2075"},
        {"تہران", "ur", "city:IR:tehran", "35.6892", "51.3890"},
        {"Damascus", "en", "city:SY:damascus", "33.5138", "36.2765"},
        {"بیروت", "ur", "city:LB:beirut", "33.8938", "35.5018"},
        {"Amman", "en", "city:JO:amman", "31.9454", "35.9284"},
        {"Jerusalem", "en", "city:IL:jerusalem", "31.7683", "35.2137"},
        {"غزہ", "ur", "city:PS:gaza", "31.5017", "34.4668"},
        {"Riyadh", "en", "city:SA:riyadh", "24.7136", "46.6753"},
        {"Dubai", "en", "city:AE:dubai", "25.2048", "55.2708"},
        {"Doha", "en", "city:QA:doha", "25.2854", "51.5310"},
        {"مسقط", "ur", "city:OM:muscat", "23.5880", "58.3829"},
        {"Dhaka", "en", "city:BD:dhaka", "23.8103", "90.4125"},
        {"نئی دہلی", "ur", "city:IN:new-delhi", "28.6139", "77.2090"},
        {"Mumbai", "en", "city:IN:mumbai", "19.0760", "72.8777"},
        {"London", "en", "city:GB:london", "51.5074", "-0.1278"},
        {"Washington", "en", "city:US:washington", "38.9072", "-77.0369"},
        {"New York", "en", "city:US:new-york", "40.7128", "-74.0060"},
        {"اٹلانٹا", "ur", "city:US:atlanta", "33.7490", "-84.3880"},
        {"Peshawar", "en", "city:PK:peshawar", "34.0151", "71.5249"},
        {"کوئٹہ", "ur", "city:PK:quetta", "30.1798", "66.9750"},
        {"Mosul", "en", "city:IQ:mosul", "36.3489", "43.1577"},
        {"بصرہ", "ur", "city:IQ:basra", "30.5085", "47.7804"},
        {"حلب", "ur", "city:SY:aleppo", "36.2021", "37.1343"},
        {"Herat", "en", "city:AF:herat", "34.3529", "62.2040"},
        {"Kandahar", "en", "city:AF:kandahar", "31.6289", "65.7372"},
        {"Tripoli", "en", "city:LY:tripoli", "32.8872", "13.1913"},
        {"Manchester", "en", "city:GB:manchester", "53.4808", "-2.2426"},
        {"چٹاگانگ", "ur", "city:BD:chittagong", "22.3569", "91.7832"},
        {"Erbil", "en", "city:IQ:erbil", "36.1911", "44.0092"},
        {"Tel Aviv", "en", "city:IL:tel-aviv", "32.0853", "34.7818"},
        {"ملتان", "ur", "city:PK:multan", "30.1575", "71.5249"},
        {"سکھر", "ur", "city:PK:sukkur", "27.7052", "68.8574"},
    };

    @Test
    void citiesLinkedInEitherLanguageLieWithin50KmOfTheirTrueCentre() {
        double worst = 0;
        for (String[] c : CITIES) {
            Link l = LINKER.link(c[0], c[1], EntityType.LOCATION);
            assertThat(l.kbId()).as(c[0]).isEqualTo(c[2]);
            GeoPoint g = LINKER.geo(l.kbId());
            assertThat(g).as("point of " + c[2]).isNotNull();
            assertThat(g.feature()).isEqualTo(GeoPoint.CITY);
            double km = km(g.latitude(), g.longitude(), Double.parseDouble(c[3]), Double.parseDouble(c[4]));
            worst = Math.max(worst, km);
            assertThat(km).as("km from the centre of " + c[0]).isLessThan(50);
        }
        System.out.printf(Locale.ROOT, "geo: %d cities, farthest point %.1f km from the true centre%n", CITIES.length, worst);
    }

    @Test
    void countriesAndRegionsHaveAPointInsideTheirCountryAndAFeature() {
        GeoPoint pk = LINKER.geo("iso3166:PK");
        assertThat(pk.feature()).isEqualTo(GeoPoint.COUNTRY);
        assertThat(pk.latitude()).isBetween(24.0, 37.0);
        assertThat(pk.longitude()).isBetween(61.0, 77.0);
        assertThat(pk.population()).isGreaterThan(100_000_000L);
        GeoPoint georgia = LINKER.geo("adm1:US:GA");
        assertThat(georgia.feature()).isEqualTo(GeoPoint.ADM1);
        assertThat(georgia.latitude()).isBetween(30.3, 35.0);
        assertThat(georgia.longitude()).isBetween(-85.7, -80.8);
        assertThat(LINKER.geo("region:PK:sindh").feature()).as("a curated region keeps its id and is the ADM1").isEqualTo(GeoPoint.ADM1);
        assertThat(LINKER.geo("adm1:PK:05")).as("no second id for Sindh").isNull();
    }

    @Test
    void aCityKnowsItsFirstLevelRegion() {
        assertThat(LINKER.geo("city:US:atlanta").admin1()).isEqualTo("adm1:US:GA");
        assertThat(LINKER.geo("city:PK:karachi").admin1()).isEqualTo("region:PK:sindh");
        assertThat(LINKER.geo("city:PK:lahore").admin1()).isEqualTo("adm1:PK:04");
        assertThat(LINKER.geo("iso3166:PK").admin1()).isNull();
    }

    @Test
    void statesAndProvincesLinkInEnglishAndUrdu() {
        assertThat(LINKER.link("Haryana", "en", EntityType.LOCATION).kbId()).isEqualTo("adm1:IN:10");
        assertThat(LINKER.link("California", "en", EntityType.LOCATION).kbId()).isEqualTo("adm1:US:CA");
        assertThat(LINKER.link("کیلیفورنیا", "ur", EntityType.LOCATION).kbId()).isEqualTo("adm1:US:CA");
        assertThat(LINKER.link("گلگت بلتستان", "ur", EntityType.LOCATION).kbId()).isEqualTo("adm1:PK:07");
        Link punjab = LINKER.link("پنجاب", "ur", EntityType.LOCATION);
        assertThat(punjab.kbId()).isEqualTo("adm1:PK:04");
        assertThat(punjab.subtype()).isEqualTo(LinkSubtype.REGION.name());
        assertThat(punjab.countryCode()).isEqualTo("PK");
    }

    @Test
    void anAmbiguousNameHasItsDefaultReadingFirstAndTheOthersAfter() {
        assertThat(LINKER.readings("Georgia", "en", EntityType.LOCATION)).extracting(Link::kbId)
                .containsExactly("iso3166:GE", "adm1:US:GA");
        assertThat(LINKER.readings("عمان", "ur", EntityType.LOCATION)).extracting(Link::kbId)
                .startsWith("iso3166:OM").contains("city:JO:amman");
        assertThat(LINKER.readings("Tripoli", "en", EntityType.LOCATION)).extracting(Link::kbId)
                .startsWith("city:LY:tripoli").contains("city:LB:tripoli");
        assertThat(LINKER.readings("Baghdad", "en", EntityType.LOCATION)).extracting(Link::kbId)
                .containsExactly("city:IQ:baghdad");
        assertThat(LINKER.readings("Chad Smith", "en", EntityType.PERSON)).isEmpty();
        // the default is what link gives, also after the new names
        assertThat(LINKER.link("Georgia", "en", EntityType.LOCATION).kbId()).isEqualTo("iso3166:GE");
        assertThat(LINKER.link("Perth", "en", EntityType.LOCATION).kbId()).isEqualTo("city:AU:perth");
    }

    @Test
    void aNameOfACityAndItsRegionIsTheCityAndSeasAreNotRegions() {
        assertThat(LINKER.link("Latakia", "en", EntityType.LOCATION).kbId()).isEqualTo("city:SY:latakia");
        assertThat(LINKER.readings("Latakia", "en", EntityType.LOCATION)).extracting(Link::kbId).contains("adm1:SY:02");
        assertThat(LINKER.link("سلیمانیہ", "ur", EntityType.LOCATION).kbId()).isEqualTo("city:IQ:sulaymaniyah");
        assertThat(LINKER.link("Geneva", "en", EntityType.LOCATION).kbId()).isEqualTo("city:CH:geneva");
        assertThat(LINKER.link("Kochi", "en", EntityType.LOCATION).kbId()).as("India's, not Japan's prefecture")
                .isEqualTo("city:IN:kochi");
        assertThat(LINKER.link("Red Sea", "en", EntityType.LOCATION).isLinked()).as("the sea, not Egypt's governorate").isFalse();
    }

    @Test
    void nearlyEveryIdHasAPoint() {
        java.util.List<String> ids = java.util.List.of("iso3166:US", "iso3166:IQ", "city:IQ:baghdad", "region:middle-east",
                "site:IQ:ain-al-asad", "region:IQ:iraqi-kurdistan", "city:YE:hodeidah", "region:PS:gaza-strip");
        ids.forEach(id -> assertThat(LINKER.geo(id)).as(id).isNotNull());
        assertThat(LINKER.geo("iso3166:AQ")).as("Antarctica: no place of 1,000 people").isNull();
        assertThat(LINKER.geo(null)).isNull();
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
