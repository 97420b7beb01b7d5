"""email index

Revision ID: 2b3c4d5e6f7a
Revises: 1a2b3c4d5e6f
Create Date: 2024-01-02 09:10:00.000000

"""
from alembic import op

revision = '2b3c4d5e6f7a'
down_revision = '1a2b3c4d5e6f'
branch_labels = None
depends_on = None


def upgrade():
    # built without blocking writes
    with op.get_context().autocommit_block():
        op.execute("CREATE INDEX CONCURRENTLY users_email ON users (email)")


def downgrade():
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY users_email")
