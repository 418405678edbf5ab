"""The rule catalog: one module per rule family (the two large families,
boilerplate and fragments, are packages of modules), each rule a class there.

Every module here is imported by :func:`tanqih.linter.registry.load_rules`; its Rule
subclasses register themselves. Rule data (phrase lists ...) lives in ``data/``.
"""
