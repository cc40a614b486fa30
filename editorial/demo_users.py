"""One demo account per editorial role, for trying the admin locally (development only)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from .roles import ADMINISTRATORS, COMMUNICATIONS, PARTNERSHIPS, ROLE_DESCRIPTIONS

# username, password, role, first name, preferred admin language
DEMO_EDITORS = (
    ("communication", "communication-demo-2026", COMMUNICATIONS, "Camille", "fr"),
    ("partenariats", "partenariats-demo-2026", PARTNERSHIPS, "Paul", "fr"),
    ("administration", "administration-demo-2026", ADMINISTRATORS, "Alex", "en"),
)


def create_demo_editors(stdout):
    """Create (or reset) the demo editors and print their credentials. Refuses outside DEBUG."""
    if not settings.DEBUG:
        stdout.write("Demo editors are only created in development (DEBUG=True).")
        return []
    from wagtail.users.models import UserProfile

    users = []
    for username, password, role, first_name, language in DEMO_EDITORS:
        user, _created = get_user_model().objects.update_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": role,
                "email": f"{username}@example.org",
                "is_staff": False,
                "is_superuser": False,
                "is_active": True,
            },
        )
        user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        users.append(user)
        stdout.write(f"Demo {role} editor (development only): {username} / {password} — {ROLE_DESCRIPTIONS[role]}")
    return users
