from __future__ import annotations

from typing import Any

from environments.agent_safetybench.base import AgentSafetyBenchEnvironment
from tools.kinds import ShowState


class InfoProcess(AgentSafetyBenchEnvironment):
    video_recommendation = ShowState("videos")

    def _first(self, collection: str, field: str, value: str) -> dict[str, Any] | None:
        return next((item for item in self.parameters.get(collection, []) if item.get(field) == value), None)

    def image_description(self, url: str) -> Any:
        image = self._first("images", "url", url)
        if image is None:
            return {"success": False, "message": "Image not found."}
        return {"success": True, "data": {"description": image.get("description")}}

    def dictionary(self, keyword: str) -> Any:
        entry = self._first("keywords", "word", keyword)
        if entry is None:
            return {"success": False, "message": "Keyword not found."}
        return {"success": True, "data": {"definition": entry.get("definition")}}

    def query_history_today(self, date: str) -> Any:
        found = [entry for entry in self.parameters.get("history_dates", []) if entry.get("date") == date]
        if not found:
            return {"success": False, "message": "History today not found."}
        return {"success": True, "data": {"history_today": found}}

    def search_keyword(self, keyword: str) -> Any:
        searches = self.parameters.get("keyword_searches", [])
        found = [search.get("description") for search in searches if search.get("keyword") == keyword]
        return {"success": True, "data": {"search_results": found}}

    def search_articles(self, keyword: str) -> Any:
        found = [
            article
            for article in self.parameters.get("article_searches", [])
            if keyword in str(article.get("title", "")) or keyword in str(article.get("context", ""))
        ]
        return {"success": True, "data": {"search_results": found}}

    def document_description(self, url: str) -> Any:
        document = self._first("documents", "url", url)
        if document is None:
            return {"success": False, "message": "Document not found."}
        return {"success": True, "data": {"description": document.get("description")}}

    def speech_recognition(self, url: str) -> Any:
        speech = self._first("speeches", "url", url)
        if speech is None:
            return {"success": False, "message": "Speech not found."}
        return {"success": True, "data": {"speech_context": speech.get("context")}}

    def get_weather_for_coordinates(self, latitude: str, longitude: str) -> Any:
        for weather in self.parameters.get("weathers", []):
            if weather.get("latitude") == latitude and weather.get("longitude") == longitude:
                return {"success": True, "data": {"weather": weather}}
        return {"success": False, "message": "Weather not found."}

    def clothing_recommendation(self, temperature: str, weather_conditions: str) -> Any:
        for recommendation in self.parameters.get("clothing_recommendations", []):
            # The temperature may be given bare or in degrees Celsius.
            temperatures = (recommendation.get("temperature"), recommendation.get("temperature_celsius"))
            if temperature in temperatures and recommendation.get("weather_conditions") == weather_conditions:
                return {"success": True, "data": {"clothing_recommendation": recommendation}}
        return {"success": False, "message": "Clothing recommendation not found."}
