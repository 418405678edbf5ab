"""The rule catalog: one module per rule family (the three large families,
boilerplate, fragments and variants, are packages of modules), each rule a class there.

Every module here is imported by :func:`tanqih.linter.registry.load_rules`; its Rule
subclasses register themselves. Rule data (phrase lists ...) lives in ``data/``.
"""
