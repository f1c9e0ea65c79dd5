//! CLDR plural rules for whole numbers, as data: each catalog states its language's rules in
//! CLDR's own notation (`language-plural-one = i = 1 and v = 0`, see
//! <https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html>), and
//! this evaluates them. Adding a language needs no Rust; the catalog check compares each
//! catalog's rules with the CLDR data of `intl_pluralrules` for its language.
//!
//! Only whole numbers are counted in this app (days, months, years, questions), so the operands
//! are `n` and `i` (the number) and `v`, `w`, `f`, `t`, `c`, `e` (all 0).

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    pub fn from_name(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == s)
    }
}

/// `operand (% m)? (=|!=) ranges`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Relation {
    /// The operand is the number (`n`, `i`), else 0 (`v`, `f`, `t`, …).
    is_number: bool,
    modulo: Option<u64>,
    negated: bool,
    ranges: Vec<(u64, u64)>,
}

impl Relation {
    fn holds(&self, n: u64) -> bool {
        let mut x = if self.is_number { n } else { 0 };
        if let Some(m) = self.modulo {
            x %= m;
        }
        self.ranges.iter().any(|&(a, b)| (a..=b).contains(&x)) != self.negated
    }
}

/// A language's rules: for each category but `other`, a condition (`or` of `and`s of relations).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PluralRules {
    rules: Vec<(Category, Vec<Vec<Relation>>)>,
}

impl PluralRules {
    /// Reads rules given as (category name, CLDR condition), e.g. `("one", "i = 1 and v = 0")`.
    /// The sample lists CLDR writes after a condition (`@integer 1, 21, …`) are ignored.
    pub fn parse(rules: &[(&str, &str)]) -> Result<PluralRules, String> {
        let mut out = PluralRules::default();
        for (name, condition) in rules {
            let category = Category::from_name(name)
                .filter(|c| *c != Category::Other)
                .ok_or_else(|| format!("`{name}` is not a plural category with a rule"))?;
            let condition = condition.split('@').next().unwrap_or_default();
            let mut ors = Vec::new();
            for and in condition.split(" or ") {
                let mut relations = Vec::new();
                for relation in and.split(" and ") {
                    relations.push(relation_of(relation.trim())?);
                }
                ors.push(relations);
            }
            out.rules.push((category, ors));
        }
        Ok(out)
    }

    /// The category of a whole number (of its absolute value).
    pub fn category(&self, n: u64) -> Category {
        self.rules
            .iter()
            .find(|(_, ors)| ors.iter().any(|ands| ands.iter().all(|r| r.holds(n))))
            .map_or(Category::Other, |(c, _)| *c)
    }

    /// The categories whole numbers take (what a message counting days must offer).
    pub fn categories(&self) -> Vec<Category> {
        let mut found: Vec<Category> = (0..=1000).map(|n| self.category(n)).collect();
        found.sort();
        found.dedup();
        found
    }
}

fn relation_of(s: &str) -> Result<Relation, String> {
    let bad = || format!("cannot read the plural rule `{s}`");
    let (left, negated, right) = if let Some((l, r)) = s.split_once("!=") {
        (l, true, r)
    } else if let Some((l, r)) = s.split_once('=') {
        (l, false, r)
    } else {
        return Err(bad());
    };
    let (operand, modulo) = match left.split_once('%') {
        Some((o, m)) => (o.trim(), Some(m.trim().parse::<u64>().map_err(|_| bad())?)),
        None => (left.trim(), None),
    };
    let is_number = match operand {
        "n" | "i" => true,
        "v" | "w" | "f" | "t" | "c" | "e" => false,
        _ => return Err(bad()),
    };
    let mut ranges = Vec::new();
    for item in right.split(',') {
        let item = item.trim();
        let (a, b) = item.split_once("..").unwrap_or((item, item));
        let a = a.trim().parse::<u64>().map_err(|_| bad())?;
        let b = b.trim().parse::<u64>().map_err(|_| bad())?;
        ranges.push((a, b));
    }
    Ok(Relation {
        is_number,
        modulo: modulo.filter(|m| *m > 0),
        negated,
        ranges,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_has_six_categories() {
        let ar = PluralRules::parse(&[
            ("zero", "n = 0"),
            ("one", "n = 1"),
            ("two", "n = 2"),
            ("few", "n % 100 = 3..10"),
            ("many", "n % 100 = 11..99"),
        ])
        .unwrap();
        let cats: Vec<&str> = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000]
            .iter()
            .map(|n| ar.category(*n).name())
            .collect();
        assert_eq!(
            cats,
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few",
                "many", "other"
            ]
        );
    }

    #[test]
    fn russian_rules_with_modulo_and_negation() {
        let ru = PluralRules::parse(&[
            (
                "one",
                "v = 0 and i % 10 = 1 and i % 100 != 11 @integer 1, 21",
            ),
            ("few", "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"),
            (
                "many",
                "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14",
            ),
        ])
        .unwrap();
        let cats: Vec<&str> = [1, 2, 5, 11, 12, 21, 22, 25, 101, 111]
            .iter()
            .map(|n| ru.category(*n).name())
            .collect();
        assert_eq!(
            cats,
            ["one", "few", "many", "many", "many", "one", "few", "many", "one", "many"]
        );
        assert!(PluralRules::parse(&[("one", "x = 1")]).is_err());
        assert!(PluralRules::parse(&[("other", "n = 1")]).is_err());
    }
}
