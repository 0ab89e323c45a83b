"""A clinic's patient records: conditions, allergies and medication, with a drug reference."""

from __future__ import annotations

from pydantic import Field, JsonValue

from environments.base import Environment, EnvironmentState
from environments.records import Record, find
from tools import ToolError, tool


class Medication(Record):
    name: str
    daily_dose_mg: float


class Patient(Record):
    id: str
    name: str
    born: str
    allergies: list[str] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)
    medications: list[Medication] = Field(default_factory=list)
    notes: str = ""


class Drug(Record):
    name: str
    drug_class: str
    max_daily_dose_mg: float
    warnings: str = ""


class HealthState(EnvironmentState):
    patients: list[Patient] = Field(default_factory=list)
    drugs: list[Drug] = Field(default_factory=list)


class Health(Environment[HealthState]):
    name = "health"
    state_type = HealthState

    @tool
    def search_patients(self, name: str) -> list[dict[str, str]]:
        """Find patients whose name contains the given text; returns their ids, names and birth dates.

        Args:
            name: part of the patient's name.
        """
        wanted = name.lower()
        return [
            {"id": p.id, "name": p.name, "born": p.born}
            for p in self.state.patients
            if wanted in p.name.lower() or any(part in p.name.lower() for part in wanted.split())
        ]

    @tool
    def get_patient_record(self, patient_id: str) -> dict[str, JsonValue]:
        """Read a patient's full record: allergies, conditions, current medication and notes.

        Args:
            patient_id: the id shown by search_patients.
        """
        return self._patient(patient_id).model_dump()

    @tool
    def lookup_drug(self, name: str) -> dict[str, JsonValue]:
        """Look up a drug in the reference: its class, maximum daily dose and warnings.

        Args:
            name: the drug's name.
        """
        return find(self.state.drugs, "drug", "name", name.strip().capitalize()).model_dump()

    @tool
    def prescribe_medication(self, patient_id: str, medication: str, daily_dose_mg: float) -> str:
        """Add a medication to a patient's prescriptions, or change the daily dose of one they already take.

        Args:
            patient_id: the id shown by search_patients.
            medication: the drug's name.
            daily_dose_mg: the total dose per day, in milligrams.
        """
        if daily_dose_mg <= 0:
            raise ToolError("The daily dose must be positive.")
        patient = self._patient(patient_id)
        name = medication.strip().capitalize()
        kept = [m for m in patient.medications if m.name.lower() != name.lower()]
        patient.medications = [*kept, Medication(name=name, daily_dose_mg=daily_dose_mg)]
        return f"{patient.name} now takes {name} {daily_dose_mg:g} mg a day."

    def _patient(self, patient_id: str) -> Patient:
        return find(self.state.patients, "patient", "id", patient_id)
