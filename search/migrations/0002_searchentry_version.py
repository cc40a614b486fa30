from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0001_initial"),
    ]

    operations = [
        # Rows built before versions were recorded count as version 1, so that the next
        # `prepare_site` rebuilds them.
        migrations.AddField(
            model_name="searchentry",
            name="version",
            field=models.PositiveSmallIntegerField(default=1),
            preserve_default=False,
        ),
    ]
