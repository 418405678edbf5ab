"""كان and her sisters: the incomplete verbs that take a subject and a predicate (with
زال, after ما / لا, and بقي, which modern prose uses as one: "بقي الوضع هادئا").

One table of their forms (``FORMS``); each fragment test takes the persons it reads with
``forms``. Keys are ``hamza_key`` of the bare word, as the tests look words up.
"""

from __future__ import annotations

from tanqih.linter.arabic import hamza_key

# The persons of the table, in its column order: past he / she / they / we / I or you
# (sg.) / you (pl.), then present he / she. "-" marks a form the verb does not have.
PERSONS = ("he", "she", "they", "we", "i", "you", "does", "she-does")

_TABLE = """
كان    كانت   كانوا   كنا    كنت    كنتم    يكون  تكون
أصبح   أصبحت  أصبحوا  أصبحنا  أصبحت  أصبحتم  يصبح  تصبح
صار    صارت   صاروا   صرنا   صرت    صرتم    يصير  تصير
بات    باتت   باتوا   بتنا   بت     بتم     يبيت  تبيت
ظل     ظلت    ظلوا    ظللنا  ظللت   ظللتم   يظل   تظل
أضحى   أضحت   أضحوا   أضحينا  أضحيت  أضحيتم  يضحي  تضحي
أمسى   أمست   أمسوا   أمسينا  أمسيت  أمسيتم  يمسي  تمسي
ليس    ليست   ليسوا   لسنا   لست    لستم    -     -
زال    زالت   زالوا   زلنا   زلت    زلتم    يزال  تزال
بقي    بقيت   بقوا    بقينا  بقيت   بقيتم   يبقى  تبقى
"""

# lemma (the past "he" form) -> person -> key
FORMS: dict[str, dict[str, str]] = {
    hamza_key(row.split()[0]): {
        person: hamza_key(word)
        for person, word in zip(PERSONS, row.split(), strict=True)
        if word != "-"
    }
    for row in _TABLE.strip().splitlines()
}


def forms(lemmas: str, persons: str) -> frozenset[str]:
    """The keys of the given persons (space-separated names of ``PERSONS``) of the given
    verbs (space-separated past "he" forms)."""
    wanted = persons.split()
    return frozenset(
        FORMS[hamza_key(lemma)][p]
        for lemma in lemmas.split()
        for p in wanted
        if p in FORMS[hamza_key(lemma)]
    )
