"""The journal's domain: dataclasses, services, and pure progress maths. Qt-free."""
