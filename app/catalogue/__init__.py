"""The regulation catalogue (制度目录): files → validation → versioned rows → views and prints.

- `load_catalogue(path)` reads and validates catalogue files (docs/catalogue.md) and raises
  `CatalogueInvalid` (a DomainError whose `.problems` lists every `Problem(file, line, field,
  message)`) when anything is wrong;
- `import_catalogue(session, catalogue, now=...)` stores divisions, the agency header and a new
  version of every changed regulation;
- `regulation_in_force`, `regulation_spec`, `supporting_parameters` are what services read;
- `app.catalogue.flowchart` lays out flow charts (pure geometry), `app.catalogue.handbook` prints
  the handbook (制度汇编), `app.catalogue.versions` compares versions.
"""

from pathlib import Path

from app.catalogue.loader import (
    AgencySpec,
    Catalogue,
    CatalogueInvalid,
    DivisionSpec,
    Problem,
    RegulationEntry,
    load_catalogue,
)
from app.catalogue.model import (
    DEFAULT_CARD_RULES,
    CardRules,
    ExtensionSpec,
    MaterialSpec,
    RegulationSpec,
    RiskPoint,
    SeparationRule,
    StepSpec,
    spec_from_definition,
)
from app.catalogue.store import (
    AGENCY_SETTINGS,
    ImportReport,
    agency_from_settings,
    catalogue_specs,
    current_regulations,
    export_catalogue,
    find_regulation,
    import_catalogue,
    regulation_in_force,
    regulation_spec,
    regulation_version,
    regulation_versions,
    supporting_parameters,
)

SAMPLE_CATALOGUE_DIR: Path = Path(__file__).resolve().parents[2] / "resources" / "catalogue"

__all__ = [
    "AGENCY_SETTINGS",
    "DEFAULT_CARD_RULES",
    "SAMPLE_CATALOGUE_DIR",
    "AgencySpec",
    "CardRules",
    "Catalogue",
    "CatalogueInvalid",
    "DivisionSpec",
    "ExtensionSpec",
    "ImportReport",
    "MaterialSpec",
    "Problem",
    "RegulationEntry",
    "RegulationSpec",
    "RiskPoint",
    "SeparationRule",
    "StepSpec",
    "agency_from_settings",
    "catalogue_specs",
    "current_regulations",
    "export_catalogue",
    "find_regulation",
    "import_catalogue",
    "load_catalogue",
    "regulation_in_force",
    "regulation_spec",
    "regulation_version",
    "regulation_versions",
    "spec_from_definition",
    "supporting_parameters",
]
