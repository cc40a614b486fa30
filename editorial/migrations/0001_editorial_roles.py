"""The three editorial roles as groups. Their permissions on pages, collections and the news
workflow depend on content, so `manage.py sync_roles` sets them (see editorial/roles.py)."""

from django.db import migrations

ROLE_NAMES = ("Communications", "Partnerships", "Administrators")


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for name in ROLE_NAMES:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_NAMES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
