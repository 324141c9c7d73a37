"""Weak-labelled training text for khabar's section model (issue 19), read from pinned commits of public
GitHub repositories (git mirrors, read with `git show`), written as OUT/en.tsv and OUT/ur.tsv:
`label<TAB>text` (title and body, whitespace collapsed, cut at MAX_CHARS), one article a line, sorted and
deduplicated. Nothing here is shipped: only the model trained from it is (see
jobs/src/main/resources/khabar/sections/SOURCE.md for the sources, licences and the label mapping).

Usage: python3 extract_sections_data.py MIRRORS_DIR OUT_DIR
MIRRORS_DIR holds <owner>+<name>/repo git directories (what the `fetch` of each repository leaves).
"""
import csv
import io
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

MAX_CHARS = 3000

# repository -> pinned commit
BBC_VOA_UR = ("mustafabawani/Urdu-News-Clustering", "c7b33b1d3b2c14795bb1f3262afc019c3972fd61")
BEND_THE_TRUTH = ("MaazAmjad/Datasets-for-Urdu-news", "9a64a08ec485fcfe597862b927c597fb0917e419")
GEO_JANG_EXPRESS = ("azaan-imran192/Urdu-News-Articles", "6773082b0579b603b905849762970786134753d9")
MASAKHANEWS = ("masakhane-io/masakhane-news", "819be052e79e0a600e0ed4a7356594681cb5c4f3")
AG_NEWS = ("madhubandru/Text-Classification-on-News-Articles-using-BERT-Framework",
           "082f2db7c08a8fa3e19c46df0b4b5b0a5f81d1cd")
UR_HEADLINES = ("mhhassaan/Urdu-News-Bias-Detection-UNBD", "694cb119babbc05742c0ac0f205fcc8bcd3720ea")

# --- headline rules: weak labels for desks the sources' folders do not have -------------------------------
# (written from general knowledge of news vocabulary, not from khabar's gold or dev sets)
UR_CRIME = re.compile(r"قتل|گرفتار|عدالت|سپریم کورٹ|ہائی کورٹ|پولیس|ملزم|سزا|مقدمہ|ڈکیتی|ڈاکو|اغوا|ضمانت|"
                      r"جیل|منشیات|فرد جرم|مجرم|تفتیش|ریمانڈ|بری کر")
UR_FOREIGN = re.compile(r"امریکہ|امریکا|امریکی|بھارت|بھارتی|انڈیا|چین|چینی|روس|روسی|ایران|ایرانی|افغان|اسرائیل|"
                        r"فلسطین|غزہ|شام|عراق|سعودی|ترکی|یورپ|برطانیہ|برطانوی|اقوام متحدہ|نیٹو|یوکرین|مصر|"
                        r"جاپان|جرمنی|فرانس|بنگلہ دیش|سری لنکا|نیپال|میانمار|یمن|لیبیا|قطر|عالمی")
UR_PAKISTAN = re.compile(r"پاکستان|اسلام آباد|لاہور|کراچی|پشاور|کوئٹہ|پنجاب|سندھ|بلوچستان|خیبر|"
                         r"تحریک انصاف|مسلم لیگ|پیپلز پارٹی|نواز|عمران")
EN_CRIME = re.compile(r"\b(court|courts|jailed|jail|sentenced|sentence|murder|murdered|police|arrested|arrest|"
                      r"charged|trial|guilty|convicted|killing|stabbing|stabbed|prison|judge|lawsuit|sued|"
                      r"manslaughter|robbery|fraud|smuggling|inquest)\b", re.I)
EN_OTHER = re.compile(r"\b(weather|storm|hurricane|typhoon|tornado|earthquake|quake|flood|floods|snow|heatwave|"
                      r"rain|tsunami|landslide|school|schools|exam|exams|pupils|university|students|church|"
                      r"pope|bishop|mosque|pilgrims|festival|christmas|crash|derailed|fire)\b", re.I)
EN_US_POLITICS = re.compile(r"\b(Bush|Kerry|Senate|Congress|campaign|election|Democrat|Democrats|Republican|"
                            r"Republicans|governor|voters)\b")
EN_POLITICS = re.compile(r"\b(election|elections|elected|vote|votes|voters|poll|polls|parliament|parliamentary|senate|"
                         r"congress|lawmakers|opposition|coalition|cabinet|party|campaign|referendum|impeach\w*|"
                         r"mps|tory|tories|labour|democrats?|republicans?|governor|mayor|bill|resigns)\b", re.I)
EN_WORLD = re.compile(r"\b(talks|summit|u\.?n\.?|nato|troops|war|ceasefire|truce|peace|border|envoy|ambassador|"
                      r"sanctions|nuclear|refugees|treaty|diplomat\w*|foreign|invasion|militants|rebels|hostages?)\b", re.I)
EN_HEALTH = re.compile(r"\b(health|hospitals?|doctors?|nurses?|patients?|vaccines?|vaccination|virus|flu|cancer|"
                       r"disease|diabetes|obesity|aids|hiv|malaria|polio|dengue|medical|medicine|surgery|outbreak|"
                       r"infections?|nhs|heart attack|drug trial)\b", re.I)
EN_CULTURE = re.compile(r"\b(film|films|movie|movies|music|album|singer|song|actor|actress|oscars?|hollywood|"
                        r"bollywood|box office|concert|novel|museum|band|television|celebrity|theatre|theater|"
                        r"artist|emmys?|grammys?|director|comedy|drama)\b", re.I)
UR_POLITICS = re.compile(r"انتخاب|الیکشن|پارلیمنٹ|اسمبلی|سینیٹ|پارٹی|اپوزیشن|کابینہ|ووٹ|وزیر اعظم|وزیراعظم|"
                         r"وزیر اعلیٰ|وزیراعلیٰ|جلسہ|دھرنا|مسلم لیگ|تحریک انصاف|پیپلز پارٹی|صدارتی|سیاسی")
UR_WORLD = re.compile(r"مذاکرات|جنگ|حملہ|حملے|اقوام متحدہ|سفیر|معاہدہ|سرحد|نیٹو|پابندی|جوہری|سفارت")
UR_HEALTH = re.compile(r"صحت|ہسپتال|اسپتال|ڈاکٹر|مریض|ویکسین|وائرس|کورونا|پولیو|ڈینگی|کینسر|بیماری|ادویات|وبا")
UR_CULTURE = re.compile(r"فلم|اداکار|گلوکار|گانا|گانے|موسیقی|ڈرامہ|ڈرامے|شاعر|مشاعرہ|فنکار|بالی وڈ|ہالی وڈ|"
                        r"لالی وڈ|نمائش|ادب|ادیب")
UR_OTHER = re.compile(r"موسم|بارش|برفباری|برف باری|سیلاب|زلزلہ|حادثہ|حادثے|آتشزدگی|آگ لگ|امتحان|اسکول|"
                      r"جامعہ|یونیورسٹی|داخلے|عید|رمضان|حج|عمرہ|محرم|چاند|طوفان|گرمی|سردی|دھند")
UR_SPORT = re.compile(r"کرکٹ|میچ|ہاکی|فٹبال|ٹیم|کھلاڑی|ٹورنامنٹ|اولمپک|سیریز|وکٹ")
UR_BUSINESS = re.compile(r"ڈالر|روپے|مہنگائی|بجٹ|اسٹاک|برآمدات|درآمدات|آئی ایم ایف|قیمت|تجارت|معیشت|سرمایہ")
UR_HEADLINE_RULES = [("politics", UR_POLITICS), ("crime-courts", UR_CRIME), ("health", UR_HEALTH),
                     ("entertainment-culture", UR_CULTURE), ("other", UR_OTHER), ("sport", UR_SPORT),
                     ("business", UR_BUSINESS), ("world", UR_WORLD)]


def git_show(mirrors, repo, path):
    owner, name = repo[0].split("/")
    git_dir = mirrors / f"{owner}+{name}" / "repo"
    return subprocess.run(["git", "-C", str(git_dir), "show", f"{repo[1]}:{path}"], check=True,
                          capture_output=True, timeout=600).stdout


def git_paths(mirrors, repo):
    owner, name = repo[0].split("/")
    git_dir = mirrors / f"{owner}+{name}" / "repo"
    out = subprocess.run(["git", "-C", str(git_dir), "ls-tree", "-r", "-z", "--name-only", repo[1]],
                         check=True, capture_output=True, timeout=600).stdout
    return [p.decode("utf-8") for p in out.split(b"\0") if p]


def clean(text):
    text = re.sub(r"[\x00-\x1f\ufffd]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:MAX_CHARS]


def ur_politics_folder(title):
    """The BBC and VOA Urdu 'politics' folders hold politics, world and crime stories: split them by headline."""
    if UR_CRIME.search(title):
        return "crime-courts"
    if UR_FOREIGN.search(title) and not UR_PAKISTAN.search(title) and not UR_POLITICS.search(title):
        return "world"
    return "politics"


def ur_world_desk(title):
    """A world desk's story about another country's own politics is politics by khabar's definitions."""
    if UR_CRIME.search(title):
        return "crime-courts"
    if UR_POLITICS.search(title) and not UR_WORLD.search(title):
        return "politics"
    return "world"


def only_rule(title, rules):
    """The one label whose rule matches the headline, or None when none or several match."""
    hits = [label for label, rule in rules if rule.search(title)]
    return hits[0] if len(hits) == 1 else None


def urdu(mirrors):
    rows = []
    # 1. BBC and VOA Urdu, one article a file, category folders; the first line is the headline.
    folders = {"politics": None, "sports": "sport", "entertainment": "entertainment-culture",
               "miscleneous": "other", "misc": "other"}
    for path in git_paths(mirrors, BBC_VOA_UR):
        parts = path.split("/")
        if len(parts) != 4 or parts[0] != "Urdu NEWS dataset" or parts[2] not in folders:
            continue
        raw = git_show(mirrors, BBC_VOA_UR, path).decode("utf-8", errors="replace")
        lines = [l.strip() for l in raw.splitlines() if l.strip()]
        if len(lines) < 2:
            continue
        title = lines[0].strip("'\"")
        label = folders[parts[2]] or ur_politics_folder(title)
        rows.append((label, clean(title + " ۔ " + " ".join(lines[1:]))))
    # 2. Bend the Truth: real and fake news of five domains; the file name's prefix is the domain.
    domains = {"bus": "business", "hlth": "health", "sbz": "entertainment-culture", "sp": "sport",
               "tch": "science-technology"}
    with zipfile.ZipFile(io.BytesIO(git_show(mirrors, BEND_THE_TRUTH, "Urdu Fake News Dataset.zip"))) as z:
        for info in z.infolist():
            m = re.match(r"1\.Corpus/(Train|Test)/(Real|Fake)/([a-z]+)\d+\.txt$", info.filename)
            if m and m.group(3) in domains:
                rows.append((domains[m.group(3)], clean(z.read(info).decode("utf-8", errors="replace"))))
    # 3. Geo, Jang and Express articles scraped from their category pages (gold_label column).
    cats = {"world": "world", "sports": "sport", "entertainment": "entertainment-culture",
            "business": "business", "science-technology": "science-technology"}
    with zipfile.ZipFile(io.BytesIO(git_show(mirrors, GEO_JANG_EXPRESS, "Group4_Project .zip"))) as z:
        reader = csv.DictReader(io.StringIO(z.read("output_file.csv").decode("utf-8")))
        for r in reader:
            if r["gold_label"] in cats and r["content"].strip():
                label = cats[r["gold_label"]]
                if label == "world":
                    label = ur_world_desk(r["title"])
                rows.append((label, clean(r["title"] + " ۔ " + r["content"])))
    # 4. Pakistani news headlines without desks (a bias-detection set): the one desk whose headline rule matches,
    #    for the desks the sources above lack (politics, crime, health, culture, other).
    text = git_show(mirrors, UR_HEADLINES, "datasets/validated_final_dataset.csv").decode("utf-8-sig")
    for r in csv.DictReader(io.StringIO(text)):
        label = only_rule(r["text"], UR_HEADLINE_RULES)
        if label in ("politics", "crime-courts", "health", "entertainment-culture", "other"):
            rows.append((label, clean(r["text"])))
    return rows


def english(mirrors):
    rows = []
    # 1. MasakhaNEWS English (BBC News, 2022): its six categories, refined by the URL's section folder.
    cats = {"business": "business", "entertainment": "entertainment-culture", "health": "health",
            "politics": "politics", "sports": "sport", "technology": "science-technology"}
    for split in ("dev", "test"):
        text = git_show(mirrors, MASAKHANEWS, f"data/eng/{split}.tsv").decode("utf-8")
        for r in csv.DictReader(io.StringIO(text), delimiter="\t"):
            label = cats.get(r["category"])
            if label is None:
                continue
            if r["url"].startswith("/news/world-") and label == "politics":
                label = "world"
            elif r["url"].startswith("/news/science-environment"):
                label = "science-technology"
            if label not in ("sport",) and EN_CRIME.search(r["headline"]):
                label = "crime-courts"
            elif label in ("politics", "health") and EN_OTHER.search(r["headline"]):
                label = "other"
            rows.append((label, clean(r["headline"] + ". " + r["text"])))
    # 2. AG News test split (2004-2005 wire stories: title and first sentences): World, Sports, Business,
    #    Sci/Tech, with headline rules for crime, other and US politics inside World.
    classes = {"1": "world", "2": "sport", "3": "business", "4": "science-technology"}
    text = git_show(mirrors, AG_NEWS, "ag_news_csv/test.csv").decode("utf-8")
    for r in csv.DictReader(io.StringIO(text)):
        label = classes.get(r["label"])
        if label is None:
            continue
        title = r["title"]
        if label != "sport" and EN_CRIME.search(title):
            label = "crime-courts"
        elif label != "sport" and EN_OTHER.search(title):
            label = "other"
        elif label == "world" and (EN_US_POLITICS.search(title) or EN_POLITICS.search(title)) and not EN_WORLD.search(title):
            label = "politics"
        elif label != "sport" and EN_HEALTH.search(title):
            label = "health"
        elif label != "sport" and EN_CULTURE.search(title):
            label = "entertainment-culture"
        body = r["description"].replace("\\", " ")
        rows.append((label, clean(title + ". " + body)))
    return rows


def write(rows, path):
    seen = set()
    out = []
    for label, text in rows:
        if len(text) < 40 or text in seen:
            continue
        seen.add(text)
        out.append(f"{label}\t{text}")
    out.sort()
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    counts = Counter(line.split("\t", 1)[0] for line in out)
    print(f"{path}: {len(out)} articles " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    mirrors, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    write(urdu(mirrors), out / "ur.tsv")
    write(english(mirrors), out / "en.tsv")


if __name__ == "__main__":
    main()
