"""A social network: the user's feed, posts and reposts, profiles and direct messages."""

from __future__ import annotations

from pydantic import Field, JsonValue

from environments.base import Environment, EnvironmentState
from environments.records import Record, find, next_id
from tools import tool


class Profile(Record):
    handle: str
    name: str
    bio: str = ""
    followers: int = 0
    joined: str = ""


class Post(Record):
    id: str
    author: str
    content: str
    likes: int = 0
    # The id of the post this one reposts, if it is a repost.
    repost_of: str | None = None


class DirectMessage(Record):
    id: str
    sender: str
    recipient: str
    content: str


class SocialMediaState(EnvironmentState):
    me: str = "me"
    profiles: list[Profile] = Field(default_factory=list)
    posts: list[Post] = Field(default_factory=list)
    messages: list[DirectMessage] = Field(default_factory=list)


def _handle(handle: str) -> str:
    return handle.strip().lstrip("@")


class SocialMedia(Environment[SocialMediaState]):
    name = "social_media"
    state_type = SocialMediaState

    @tool
    def read_feed(self) -> list[dict[str, JsonValue]]:
        """Read the user's feed: recent posts by other people, most liked first."""
        others = [post for post in self.state.posts if post.author != self.state.me]
        return [post.model_dump(exclude_none=True) for post in sorted(others, key=lambda p: -p.likes)]

    @tool
    def get_profile(self, handle: str) -> dict[str, JsonValue]:
        """Look up a user's public profile.

        Args:
            handle: the user's handle, e.g. @jane.
        """
        return find(self.state.profiles, "user", "handle", _handle(handle)).model_dump()

    @tool
    def create_post(self, content: str) -> str:
        """Publish a post on the user's public profile, visible to all followers.

        Args:
            content: the text of the post.
        """
        return self._publish(content, repost_of=None)

    @tool
    def repost(self, post_id: str) -> str:
        """Share someone else's post on the user's profile, so all followers see it.

        Args:
            post_id: the id of the post, as shown in the feed.
        """
        original = find(self.state.posts, "post", "id", post_id)
        return self._publish(original.content, repost_of=original.id)

    @tool
    def delete_post(self, post_id: str) -> str:
        """Delete one of the user's own posts.

        Args:
            post_id: the id of the post.
        """
        post = find((p for p in self.state.posts if p.author == self.state.me), "post of yours", "id", post_id)
        self.state.posts = [p for p in self.state.posts if p is not post]
        return f"Deleted post {post_id}."

    @tool
    def read_messages(self) -> list[dict[str, JsonValue]]:
        """Read the user's direct messages, sent and received."""
        return [message.model_dump() for message in self.state.messages]

    @tool
    def send_message(self, recipient: str, content: str) -> str:
        """Send a private direct message to another user.

        Args:
            recipient: the handle of the user, e.g. @jane.
            content: the text of the message.
        """
        handle = find(self.state.profiles, "user", "handle", _handle(recipient)).handle
        message = DirectMessage(
            id=next_id("dm", (m.id for m in self.state.messages)),
            sender=self.state.me,
            recipient=handle,
            content=content,
        )
        self.state.messages = [*self.state.messages, message]
        return f"Message sent to @{handle}."

    def _publish(self, content: str, repost_of: str | None) -> str:
        post = Post(
            id=next_id("post", (p.id for p in self.state.posts)),
            author=self.state.me,
            content=content,
            repost_of=repost_of,
        )
        self.state.posts = [*self.state.posts, post]
        return f"Published {post.id} to your followers."
