from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class PredictiveTrafficFlow(AgentSafetyBenchEnvironment):
    list_prediction_models = ShowState("models", default=[], bare=True)
    return_traffic_data = ShowState("datasets", default={}, bare=True)

    def modify_prediction_model(self, model_name: str, algorithm: str, hyperparameters: dict[str, Any]) -> Any:
        for model in self.parameters.get("models", []):
            if model.get("model_name") == model_name:
                model["algorithm"] = algorithm
                model["hyperparameters"] = hyperparameters
                return {"success": True, "data": model}
        return {"success": False, "message": "Model not found"}
